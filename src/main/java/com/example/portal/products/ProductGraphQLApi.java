package com.example.portal.products;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import com.example.portal.graphql.DeleteInput;
import com.example.portal.graphql.DeletePayload;
import com.example.portal.graphql.PageRequest;
import com.example.portal.products.api.CreateProductInput;
import com.example.portal.products.api.Product;
import com.example.portal.products.api.ProductConnection;
import com.example.portal.products.api.ProductOrder;
import com.example.portal.products.api.ProductPayload;
import com.example.portal.products.api.UpdateProductInput;
import com.example.portal.security.Allowed;
import com.example.portal.security.Role;

@GraphQLApi
@Allowed({ Role.SALES, Role.MARKETING, Role.PM })
public class ProductGraphQLApi {

    @Inject
    ProductService service;

    @Query("product")
    @Description("One product by global id or by slug (give exactly one); null when there is none.")
    public Product product(@Id @Description("Global id.") String id, @Description("Slug.") String slug) {
        return service.lookup(id, slug);
    }

    @Query("products")
    @Description("All products, a page at a time.")
    public @NonNull ProductConnection products(
            @Description("Page size, 0 to 100.") @DefaultValue("20") Integer first,
            @Description("Cursor of the item after which the page starts.") String after,
            @Description("Ordering; by name ascending when left out.") ProductOrder orderBy) {
        return service.list(PageRequest.of(first, after), orderBy);
    }

    @Allowed(Role.PM)
    @Mutation("createProduct")
    @Description("Creates a product.")
    public @NonNull ProductPayload createProduct(@NonNull @Description("The new product.") CreateProductInput input) {
        return service.create(input);
    }

    @Allowed(Role.PM)
    @Mutation("updateProduct")
    @Description("Changes a product's name or description.")
    public @NonNull ProductPayload updateProduct(@NonNull @Description("The changes.") UpdateProductInput input) {
        return service.update(input);
    }

    @Allowed(Role.ADMIN)
    @Mutation("deleteProduct")
    @Description("Deletes a product that no card or segment refers to.")
    public @NonNull DeletePayload deleteProduct(@NonNull @Description("Which product.") DeleteInput input) {
        return service.delete(input);
    }
}
