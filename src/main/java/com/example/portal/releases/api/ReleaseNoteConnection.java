package com.example.portal.releases.api;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import com.example.portal.graphql.PageInfo;

@Description("A page of release notes, newest first.")
public class ReleaseNoteConnection {

    @NonNull
    @Description("The release notes of this page with cursors.")
    public List<@NonNull ReleaseNoteEdge> edges;

    @NonNull
    @Description("Where this page sits.")
    public PageInfo pageInfo;

    @NonNull
    @Description("How many notes match, over all pages.")
    public long totalCount;
}
