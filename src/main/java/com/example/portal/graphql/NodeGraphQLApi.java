package com.example.portal.graphql;

import java.util.Optional;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import com.example.portal.security.Allowed;
import com.example.portal.security.Role;

@GraphQLApi
@Allowed({ Role.SALES, Role.MARKETING, Role.PM })
public class NodeGraphQLApi {

    @Inject
    Instance<NodeResolver> resolvers;

    @Query("node")
    @Description("Any object by its global id; null when no such object exists.")
    public Node node(@NonNull @Id @Description("A global id returned by this API.") String id) {
        Optional<GlobalId> globalId = GlobalId.decode(id);
        if (globalId.isEmpty()) {
            return null;
        }
        for (NodeResolver resolver : resolvers) {
            if (resolver.type().equals(globalId.get().type())) {
                return resolver.find(globalId.get().id()).orElse(null);
            }
        }
        return null;
    }
}
