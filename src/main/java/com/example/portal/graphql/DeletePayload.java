package com.example.portal.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

@Description("Result of a delete mutation.")
public class DeletePayload {

    @Id
    @Description("Global id of the deleted object; null when nothing was deleted.")
    public String deletedId;

    @NonNull
    @Description("Why the delete was refused; empty on success.")
    public List<@NonNull UserError> userErrors;

    public static DeletePayload deleted(String id) {
        DeletePayload payload = new DeletePayload();
        payload.deletedId = id;
        payload.userErrors = List.of();
        return payload;
    }

    public static DeletePayload refused(List<UserError> errors) {
        DeletePayload payload = new DeletePayload();
        payload.userErrors = errors;
        return payload;
    }
}
