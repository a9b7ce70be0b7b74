package com.example.portal.pitch;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("One criterion of a segment checked against the client's profile.")
public record CriterionCheck(
        @NonNull @Description("Which sign it checks.") CriterionKind kind,
        @NonNull @Description("The criterion in plain Russian, e.g. «доля пропущенных звонков больше 20%».") String criterion,
        @NonNull @Description("Met, not met, or unknown.") CriterionStatus status,
        @Description("The client's value in plain Russian, e.g. «35%»; null when the profile does not say.") String clientValue,
        @NonNull @Description("What to ask the client to settle it, e.g. «Сколько у вас откликов в месяц?».") String question) {
}
