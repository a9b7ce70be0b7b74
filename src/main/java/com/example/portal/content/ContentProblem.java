package com.example.portal.content;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A problem in a content file: where it is and what is wrong.")
public record ContentProblem(
        @NonNull @Description("Path of the file, relative to the content directory.") String file,
        @NonNull @Description("Line number, 1-based.") int line,
        @NonNull @Description("What is wrong and what is allowed.") String message) {

    @Override
    public String toString() {
        return file + ":" + line + ": " + message;
    }
}
