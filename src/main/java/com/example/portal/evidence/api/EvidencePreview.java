package com.example.portal.evidence.api;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import com.example.portal.graphql.UserError;

@Description("What figures not saved yet would allow to claim, computed exactly as for stored evidence; nothing is stored.")
public class EvidencePreview {

    @Description("Verdict, claim and the numbers behind them; null when the figures were refused.")
    public EvidenceStatistics statistics;

    @Description("How many users, respondents or participants the figures rest on; null when they were refused.")
    public Integer sampleSize;

    @NonNull
    @Description("What is wrong with the figures, as createEvidence would say it; empty when they are valid.")
    public List<@NonNull UserError> userErrors = List.of();
}
