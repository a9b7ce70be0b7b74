package com.example.portal.content.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("ExportContentInput")
@Description("Where to write the content files.")
public class ExportContentInput {

    @NonNull
    @Description("A directory on the portal's server (in a container: a mounted volume), absolute or relative to the "
            + "server's working directory. Created when missing; its products.yaml, segments.yaml, glossary.yaml, "
            + "evidence.yaml, releases.yaml and cards/*.md are replaced, other files are left alone.")
    public String directory;
}
