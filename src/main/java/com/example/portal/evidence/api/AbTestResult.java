package com.example.portal.evidence.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("Counts of an A/B test: users and conversions per arm.")
public class AbTestResult {

    @NonNull
    @Description("Users in the control arm (without the feature).")
    public int controlUsers;

    @NonNull
    @Description("Users in the control arm who converted.")
    public int controlConversions;

    @NonNull
    @Description("Users in the variant arm (with the feature).")
    public int variantUsers;

    @NonNull
    @Description("Users in the variant arm who converted.")
    public int variantConversions;
}
