package com.example.portal.pitch;

import org.eclipse.microprofile.graphql.Description;

@Description("Whether the client meets a criterion.")
public enum CriterionStatus {
    @Description("The client meets it.")
    MET,
    @Description("The client does not meet it: the segment is ruled out.")
    NOT_MET,
    @Description("The profile lacks the data to tell: ask the client.")
    UNKNOWN
}
