package com.example.portal.releases.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

import com.example.portal.cards.api.RolloutFacts;
import com.example.portal.graphql.GlobalId;
import com.example.portal.graphql.Node;
import com.example.portal.releases.Audience;

@Description("A published change to a feature, in plain language, with its rollout facts.")
public class ReleaseNote implements Node {

    public static final String TYPE = "ReleaseNote";

    @Ignore
    public long dbId;

    @Ignore
    public long cardDbId;

    @NonNull
    @Description("Stable, human-readable key.")
    public String slug;

    @NonNull
    @Description("When it was published.")
    public LocalDate publishedOn;

    @NonNull
    @Description("Title.")
    public String title;

    @NonNull
    @Description("What changed, in plain language.")
    public String text;

    @NonNull
    @Description("Who it is written for.")
    public List<@NonNull Audience> audiences;

    @Description("Rollout facts of this release; null when none are known.")
    public RolloutFacts rollout;

    @NonNull
    @Description("Version for optimistic locking: pass it to updates and deletes.")
    public int version;

    @NonNull
    @Description("When it was created.")
    public OffsetDateTime createdAt;

    @NonNull
    @Description("When it last changed.")
    public OffsetDateTime updatedAt;

    @Override
    @Id
    @NonNull
    @Description("Globally unique, opaque id.")
    public String getId() {
        return GlobalId.encode(TYPE, dbId);
    }
}
