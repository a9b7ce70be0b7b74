package com.example.portal.pitch.api;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

import com.example.portal.graphql.GlobalId;

@Description("A client profile the signed-in user saved under a name, to reopen on the pitch page. Only its owner sees it.")
public class SavedClientProfile {

    public static final String TYPE = "SavedClientProfile";

    @Ignore
    public long dbId;

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

    @Id
    @NonNull
    @Description("Globally unique, opaque id.")
    public String getId() {
        return GlobalId.encode(TYPE, dbId);
    }
}
