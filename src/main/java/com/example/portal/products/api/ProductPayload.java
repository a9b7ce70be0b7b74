package com.example.portal.products.api;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;

import com.example.portal.graphql.MutationPayload;
import com.example.portal.graphql.UserError;

@Description("Result of creating or updating a product.")
public class ProductPayload extends MutationPayload {

    @Description("The product as stored; null when the input was refused.")
    public Product product;

    public static ProductPayload of(Product product) {
        ProductPayload payload = new ProductPayload();
        payload.product = product;
        return payload;
    }

    public static ProductPayload refused(List<UserError> errors) {
        return refusing(new ProductPayload(), errors);
    }
}
