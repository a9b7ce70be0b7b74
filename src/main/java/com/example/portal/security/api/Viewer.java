package com.example.portal.security.api;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import com.example.portal.security.Role;

@Description("The signed-in person.")
public class Viewer {

    @NonNull
    @Description("Their user name from the token (preferred_username).")
    public String name;

    @NonNull
    @Description("Their portal roles; an admin may do everything a PM may.")
    public List<@NonNull Role> roles;

    @NonNull
    @Description("Whether they see drafts, cards in review and archived cards.")
    public boolean readsUnpublished;

    public Viewer(String name, List<Role> roles) {
        this.name = name;
        this.roles = roles;
        this.readsUnpublished = roles.contains(Role.PM) || roles.contains(Role.ADMIN);
    }
}
