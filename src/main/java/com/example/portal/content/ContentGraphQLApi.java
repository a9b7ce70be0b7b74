package com.example.portal.content;

import java.nio.file.Path;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;

import com.example.portal.content.api.ExportContentInput;
import com.example.portal.content.api.ExportContentPayload;
import com.example.portal.content.api.ImportContentPayload;
import com.example.portal.security.Allowed;
import com.example.portal.security.Role;

@GraphQLApi
@Allowed({ Role.SALES, Role.MARKETING, Role.PM })
public class ContentGraphQLApi {

    @Inject
    ContentImporter importer;

    @Inject
    ContentExporter exporter;

    @Inject
    ContentConfig config;

    @Allowed(Role.ADMIN)
    @Mutation("importContent")
    @Description("Imports the content files from the configured directory: all of them, or nothing when any has a problem. "
            + "Idempotent: unchanged objects keep their versions.")
    public @NonNull ImportContentPayload importContent() {
        return importer.importFrom(Path.of(config.dir()));
    }

    @Allowed(Role.ADMIN)
    @Mutation("exportContent")
    @Description("Writes the database's content to content files in a directory on the server: products, segments, "
            + "glossary, cards (what is live, with their status), evidence and release notes. Importing them into an "
            + "empty database and exporting again gives the same files. Ids, history, pending edits and feedback are "
            + "not content files (docs/content.md).")
    public @NonNull ExportContentPayload exportContent(@NonNull @Description("Where to write.") ExportContentInput input) {
        return exporter.exportTo(input.directory);
    }
}
