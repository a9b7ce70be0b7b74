package com.example.portal.pitch.api;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("ClientProfileInput")
@Description("What a rep knows about an account. Leave out what you do not know: it is treated as unknown, never as a pass or a fail.")
public class ClientProfileInput {

    @Description("Employee count.")
    public Integer employees;

    @Description("Industry key, e.g. \"retail\".")
    public String industry;

    @Description("Slugs of the products the client has; [] when none, left out when unknown.")
    public List<@NonNull String> productsOwned;

    @Description("The client's current results.")
    public List<@NonNull ClientMetricInput> metrics;
}
