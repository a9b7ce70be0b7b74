package com.example.portal.cards.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import com.example.portal.graphql.VersionedInput;

@Input("RestoreCardRevisionInput")
@Description("Brings back the content a card had at an older revision, as a new revision.")
public class RestoreCardRevisionInput extends VersionedInput {

    @NonNull
    @Description("Number of the revision whose content to restore (see FeatureCard.revisions).")
    public int revision;
}
