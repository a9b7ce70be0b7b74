package com.example.portal.products.api;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import com.example.portal.graphql.UserError;

@Description("Result of creating or updating a product.")
public class ProductPayload {

    @Description("The product as stored; null when the input was refused.")
    public Product product;

    @NonNull
    @Description("Why the input was refused; empty on success. Nothing is stored when this is not empty.")
    public List<@NonNull UserError> userErrors = List.of();

    public static ProductPayload of(Product product) {
        ProductPayload payload = new ProductPayload();
        payload.product = product;
        return payload;
    }

    public static ProductPayload refused(List<UserError> errors) {
        ProductPayload payload = new ProductPayload();
        payload.userErrors = errors;
        return payload;
    }
}
