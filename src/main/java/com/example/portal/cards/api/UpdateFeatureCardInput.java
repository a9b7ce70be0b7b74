package com.example.portal.cards.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("UpdateFeatureCardInput")
@Description("Changes to a feature card. Fields left out (null) stay as they are; a given list replaces the stored one.")
public class UpdateFeatureCardInput extends FeatureCardInputFields {

    @Id
    @NonNull
    @Description("Global id of the card.")
    public String id;

    @NonNull
    @Description("The version last read; a stale version refuses the change with STALE_VERSION.")
    public int version;
}
