package com.example.portal.pitch.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("SaveClientProfileInput")
@Description("A client profile to save under a name. Saving under a name the user already used replaces that profile.")
public class SaveClientProfileInput {

    @NonNull
    @Description("The name, 1 to 100 characters, e.g. «ООО Ромашка».")
    public String name;

    @NonNull
    @Description("What is known about the client, as for `pitch(client:)`.")
    public ClientProfileInput profile;
}
