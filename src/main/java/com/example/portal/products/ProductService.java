package com.example.portal.products;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.example.portal.database.ListQuery;
import com.example.portal.database.CatalogedService;
import com.example.portal.graphql.InputCheck;
import com.example.portal.graphql.PageRequest;
import com.example.portal.graphql.StoredPayload;
import com.example.portal.graphql.UserError;
import com.example.portal.products.api.CreateProductInput;
import com.example.portal.products.api.Product;
import com.example.portal.products.api.ProductConnection;
import com.example.portal.products.api.ProductOrder;
import com.example.portal.products.api.ProductPayload;
import com.example.portal.products.api.UpdateProductInput;

import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class ProductService extends CatalogedService<ProductEntity, Product> {

    static final int NAME_MAX = 200;
    static final int DESCRIPTION_MAX = 5000;

    @Inject
    ProductService(ProductRepository products) {
        super(Product.TYPE, "product", products, ProductMapper.INSTANCE::toApi);
    }

    @Transactional
    public ProductConnection list(PageRequest page, ProductOrder order) {
        ProductOrder ordering = order == null ? new ProductOrder() : order;
        return new ProductConnection(new ListQuery("ProductEntity", "p").orderBy(ordering.field, ordering.direction, Map.of())
                .page(rows, page, ProductMapper.INSTANCE::toApi));
    }

    public ProductPayload create(CreateProductInput input) {
        return create(input.slug, "A product", ProductEntity::new, check -> {
            validate(input, check);
            return entity -> apply(input, entity);
        }, entity -> StoredPayload.of(ProductPayload::new, ProductMapper.INSTANCE.toApi(entity)), ProductPayload::new);
    }

    /**
     * Creates or updates the product with the input's slug inside the caller's transaction (the content
     * importer's). Returns the input's problems and writes nothing when there are any; an unchanged product
     * is not touched, so its version stays.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<UserError> upsert(CreateProductInput input) {
        return upsert(input.slug, ProductEntity::new, check -> {
            validate(input, check);
            return entity -> {
                if (entity.id == null || !same(input, entity)) {
                    apply(input, entity);
                    catalogs.changedInThisTransaction();
                }
            };
        });
    }

    private static void validate(CreateProductInput input, InputCheck check) {
        check.slug(input.slug, "slug");
        check.required(input.name, NAME_MAX, "name");
        check.maxLength(input.description, DESCRIPTION_MAX, "description");
    }

    private static void apply(CreateProductInput input, ProductEntity entity) {
        entity.name = input.name.strip();
        entity.description = input.description == null ? "" : input.description.strip();
    }

    private static boolean same(CreateProductInput input, ProductEntity entity) {
        return entity.name.equals(input.name.strip())
                && entity.description.equals(input.description == null ? "" : input.description.strip());
    }

    public ProductPayload update(UpdateProductInput input) {
        return update(input.id, input.version, (entity, check) -> {
            if (input.name != null) {
                check.required(input.name, NAME_MAX, "name");
            }
            check.maxLength(input.description, DESCRIPTION_MAX, "description");
            return () -> {
                if (input.name != null) {
                    entity.name = input.name.strip();
                }
                if (input.description != null) {
                    entity.description = input.description.strip();
                }
                rows.flush();
                return StoredPayload.of(ProductPayload::new, ProductMapper.INSTANCE.toApi(entity));
            };
        }, ProductPayload::new);
    }

    /** Every product as the content files state it, oldest first (the exporter's order, so a re-import keeps it). */
    @Transactional
    public List<CreateProductInput> exportAll() {
        return rows.listAll(Sort.by("id")).stream().map(ProductMapper.INSTANCE::toContent).toList();
    }
}
