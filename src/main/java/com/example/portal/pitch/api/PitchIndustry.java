package com.example.portal.pitch.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("An industry a client can be in.")
public class PitchIndustry {

    @NonNull
    @Description("The key for `ClientProfileInput.industry`, e.g. \"retail\".")
    public String key;

    @NonNull
    @Description("Its Russian name, e.g. «розница».")
    public String name;
}
