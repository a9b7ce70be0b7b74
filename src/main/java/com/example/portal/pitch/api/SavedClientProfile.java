package com.example.portal.pitch.api;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import com.example.portal.graphql.IdentifiedObject;

@Description("A client profile the signed-in user saved under a name, to reopen on the pitch page. Only its owner sees it.")
public class SavedClientProfile extends IdentifiedObject {

    public static final String TYPE = "SavedClientProfile";

    @NonNull
    @Description("The name it was saved under, unique per user, e.g. «ООО Ромашка».")
    public String name;

    @Description("Employee count; null when unknown.")
    public Integer employees;

    @Description("Industry key; null when unknown.")
    public String industry;

    @Description("Slugs of the products the client has; [] when none, null when unknown.")
    public List<@NonNull String> productsOwned;

    @NonNull
    @Description("The client's known metric values.")
    public List<@NonNull ClientMetric> metrics;

    @NonNull
    @Description("Version for optimistic locking: pass it to deleteClientProfile.")
    public int version;

    @NonNull
    @Description("When it was last saved.")
    public OffsetDateTime updatedAt;
}
