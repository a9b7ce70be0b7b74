package com.example.portal.cards.api;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import com.example.portal.cards.CardAction;
import com.example.portal.cards.CardStatus;

@Description("One change of a card: who, when, what happened and which fields changed. Readable by PMs and admins.")
public class CardRevision {

    @NonNull
    @Description("1 for the first revision, counting up; pass it to restoreCardRevision.")
    public int number;

    @NonNull
    @Description("What happened.")
    public CardAction action;

    @NonNull
    @Description("Who did it: the token's user name, or \"system\" for the content import at start.")
    public String actor;

    @NonNull
    @Description("When.")
    public OffsetDateTime at;

    @NonNull
    @Description("The card's status after the change.")
    public CardStatus status;

    @NonNull
    @Description("Names of the content fields this change set, as in FeatureCard (e.g. \"summary\", \"targetSegments\"); "
            + "empty for workflow steps.")
    public List<@NonNull String> changedFields;

    @Description("The comment given with a workflow step, or which revision was restored.")
    public String comment;

    @NonNull
    @Description("The card's title after this change.")
    public String title;

    @NonNull
    @Description("The card's summary after this change.")
    public String summary;
}
