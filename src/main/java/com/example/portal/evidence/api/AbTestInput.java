package com.example.portal.evidence.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("AbTestInput")
@Description("Counts of an A/B test. Users at least 1 per arm; conversions from 0 to the arm's users.")
public class AbTestInput {

    @NonNull
    @Description("Users in the control arm.")
    public Integer controlUsers;

    @NonNull
    @Description("Conversions in the control arm.")
    public Integer controlConversions;

    @NonNull
    @Description("Users in the variant arm.")
    public Integer variantUsers;

    @NonNull
    @Description("Conversions in the variant arm.")
    public Integer variantConversions;
}
