package com.example.portal.cards.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("RestoreCardRevisionInput")
@Description("Brings back the content a card had at an older revision, as a new revision.")
public class RestoreCardRevisionInput {

    @Id
    @NonNull
    @Description("Global id of the card.")
    public String id;

    @NonNull
    @Description("The version last read.")
    public int version;

    @NonNull
    @Description("Number of the revision whose content to restore (see FeatureCard.revisions).")
    public int revision;
}
