package com.example.portal.releases.api;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import com.example.portal.cards.api.AboutCard;
import com.example.portal.cards.api.RolloutFacts;
import com.example.portal.graphql.Node;
import com.example.portal.releases.Audience;

@Description("A published change to a feature, in plain language, with its rollout facts.")
public class ReleaseNote extends AboutCard implements Node {

    public static final String TYPE = "ReleaseNote";

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
}
