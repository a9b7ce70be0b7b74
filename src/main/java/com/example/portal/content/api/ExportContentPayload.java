package com.example.portal.content.api;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import com.example.portal.graphql.MutationPayload;

@Description("Result of exporting the database's content to files.")
public class ExportContentPayload extends MutationPayload {

    @Description("The absolute directory the files were written to; null when refused.")
    public String directory;

    @NonNull
    @Description("How many objects were written, by kind, e.g. \"cards\": 19; empty when refused.")
    public List<@NonNull ImportCount> counts = List.of();

    @NonNull
    @Description("Card files in cards/ that no card in the database has any more, deleted so that an import of the "
            + "directory does not bring them back.")
    public List<@NonNull String> deletedFiles = List.of();
}
