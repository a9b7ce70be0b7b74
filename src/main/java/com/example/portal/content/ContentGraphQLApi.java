package com.example.portal.content;

import java.nio.file.Path;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;

import com.example.portal.content.api.ImportContentPayload;
import com.example.portal.security.Allowed;
import com.example.portal.security.Role;

@GraphQLApi
@Allowed({ Role.SALES, Role.MARKETING, Role.PM })
public class ContentGraphQLApi {

    @Inject
    ContentImporter importer;

    @Inject
    ContentConfig config;

    @Allowed(Role.ADMIN)
    @Mutation("importContent")
    @Description("Imports the content files from the configured directory: all of them, or nothing when any has a problem. "
            + "Idempotent: unchanged objects keep their versions.")
    public @NonNull ImportContentPayload importContent() {
        return importer.importFrom(Path.of(config.dir()));
    }
}
