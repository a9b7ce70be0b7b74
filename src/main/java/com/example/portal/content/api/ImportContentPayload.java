package com.example.portal.content.api;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import com.example.portal.content.ContentProblem;

@Description("Result of importing the content files: all of them, or nothing when any file has a problem.")
public class ImportContentPayload {

    @NonNull
    @Description("Whether the import was applied. False when there were problems: the database is unchanged.")
    public boolean applied;

    @NonNull
    @Description("Every problem found, with file and line; empty when applied.")
    public List<@NonNull ContentProblem> problems;

    @NonNull
    @Description("How many objects the files hold, by kind, e.g. \"cards\": 19.")
    public List<@NonNull ImportCount> counts;
}
