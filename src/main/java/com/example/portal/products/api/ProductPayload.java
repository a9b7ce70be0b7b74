package com.example.portal.products.api;

import org.eclipse.microprofile.graphql.Description;

import com.example.portal.graphql.StoredPayload;

@Description("Result of creating or updating a product.")
public class ProductPayload extends StoredPayload<Product> {

    @Description("The product as stored; null when the input was refused.")
    public Product getProduct() {
        return stored();
    }
}
