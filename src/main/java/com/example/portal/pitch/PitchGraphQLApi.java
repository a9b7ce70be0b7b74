package com.example.portal.pitch;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import com.example.portal.pitch.api.ClientProfileInput;
import com.example.portal.pitch.api.PitchForm;
import com.example.portal.pitch.api.PitchResult;
import com.example.portal.pitch.api.QualifyAccountsInput;
import com.example.portal.pitch.api.QualifyAccountsResult;
import com.example.portal.security.Allowed;
import com.example.portal.security.Role;

@GraphQLApi
@Allowed({ Role.SALES, Role.MARKETING, Role.PM })
public class PitchGraphQLApi {

    @Inject
    PitchService service;

    @Inject
    PitchMetrics metrics;

    @Query("pitch")
    @Description("What to pitch to this client: published cards ranked by fit, each with a per-criterion explanation, "
            + "and the cards not to pitch with the reason.")
    public @NonNull PitchResult pitch(@NonNull @Description("What you know about the account.") ClientProfileInput client) {
        return metrics.timed(PitchMetrics.Kind.PITCH, () -> service.pitch(client));
    }

    @Query("pitchForm")
    @Description("The fields of a client-profile form: every metric and industry the published cards' segments check, "
            + "with the question to ask the client for each metric.")
    public @NonNull PitchForm pitchForm() {
        return service.form();
    }

    @Query("qualifyAccounts")
    @Description("Matches an uploaded list of accounts (CSV or JSON, at most 5000) against the published cards: per account, "
            + "the cards it qualifies for with reasons. Bad rows are reported by row number and do not stop the good ones.")
    public @NonNull QualifyAccountsResult qualifyAccounts(@NonNull @Description("The list.") QualifyAccountsInput input) {
        return metrics.timed(PitchMetrics.Kind.QUALIFY_ACCOUNTS, () -> service.qualify(input));
    }
}
