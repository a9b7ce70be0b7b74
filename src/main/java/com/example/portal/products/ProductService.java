package com.example.portal.products;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.example.portal.graphql.DeleteInput;
import com.example.portal.graphql.DeletePayload;
import com.example.portal.graphql.GlobalId;
import com.example.portal.graphql.InputCheck;
import com.example.portal.graphql.NodeResolver;
import com.example.portal.graphql.OrderDirection;
import com.example.portal.graphql.PageRequest;
import com.example.portal.graphql.ReferenceCatalog;
import com.example.portal.graphql.ReferenceCatalogs;
import com.example.portal.graphql.StoredPayload;
import com.example.portal.graphql.UserError;
import com.example.portal.graphql.UserErrorCode;
import com.example.portal.graphql.WriteTransaction;
import com.example.portal.products.api.CreateProductInput;
import com.example.portal.products.api.Product;
import com.example.portal.products.api.ProductConnection;
import com.example.portal.products.api.ProductEdge;
import com.example.portal.products.api.ProductOrder;
import com.example.portal.products.api.ProductPayload;
import com.example.portal.products.api.UpdateProductInput;

import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class ProductService implements NodeResolver {

    static final int NAME_MAX = 200;
    static final int DESCRIPTION_MAX = 5000;

    @Inject
    ProductRepository products;

    @Inject
    WriteTransaction writes;

    @Inject
    ReferenceCatalogs catalogs;

    /** What readers see of products, in memory (no review state): see {@link ReferenceCatalog}. */
    private ReferenceCatalog<Product> catalog;

    @PostConstruct
    void createCatalog() {
        catalog = catalogs.create(() -> products.listAll().stream().map(ProductService::toApi)
                .collect(Collectors.toUnmodifiableMap(x -> x.dbId, Function.identity())));
    }


    @Override
    public String type() {
        return Product.TYPE;
    }

    @Override
    @Transactional
    public Optional<Product> find(long id) {
        return products.findByIdOptional(id).map(ProductService::toApi);
    }

    @Transactional
    public Optional<Product> find(String id, String slug) {
        if (id != null) {
            return GlobalId.decode(id, Product.TYPE).flatMap(this::find);
        }
        return products.findBySlug(slug).map(ProductService::toApi);
    }

    @Transactional
    public Map<Long, Product> byIds(Collection<Long> ids) {
        return ids.isEmpty() ? Map.of()
                : products.list("id in ?1", ids).stream().map(ProductService::toApi)
                        .collect(Collectors.toMap(p -> p.dbId, Function.identity()));
    }

    /** The products of these ids that exist, by id, as readers see them: from memory, at most a second old. */
    public Map<Long, Product> forReaders(Collection<Long> ids) {
        return catalog.byIds(ids);
    }

    /** Database ids of the given slugs; unknown slugs are absent from the map. */
    @Transactional
    public Map<String, Long> idsBySlugs(Collection<String> slugs) {
        return products.findBySlugs(slugs).stream().collect(Collectors.toMap(p -> p.slug, p -> p.id));
    }

    @Transactional
    public ProductConnection list(PageRequest page, ProductOrder order) {
        ProductOrder ordering = order == null ? new ProductOrder() : order;
        String column = switch (ordering.field) {
            case NAME -> "name";
            case CREATED_AT -> "createdAt";
            case UPDATED_AT -> "updatedAt";
        };
        Sort sort = Sort.by(column, ordering.direction == OrderDirection.DESC ? Sort.Direction.Descending : Sort.Direction.Ascending)
                .and("id");
        List<Product> items = page.limit() == 0 ? List.of()
                : products.findAll(sort).range(page.offset(), page.offset() + page.limit() - 1).stream()
                        .map(ProductService::toApi).toList();
        ProductConnection connection = new ProductConnection();
        connection.totalCount = products.count();
        connection.edges = page.edges(items, ProductEdge::new);
        connection.pageInfo = page.pageInfo(items.size(), connection.totalCount);
        return connection;
    }

    public ProductPayload create(CreateProductInput input) {
        return writes.run(() -> {
            InputCheck check = new InputCheck("input");
            validate(input, check);
            if (input.slug != null && products.findBySlug(input.slug).isPresent()) {
                check.add(UserErrorCode.DUPLICATE, "A product with slug \"" + input.slug + "\" already exists.", "slug");
            }
            check.throwIfInvalid();
            ProductEntity entity = new ProductEntity();
            entity.slug = input.slug;
            apply(input, entity);
            products.persistAndFlush(entity);
            return StoredPayload.of(ProductPayload::new, toApi(entity));
        }, ProductPayload::new);
    }

    /**
     * Creates or updates the product with the input's slug inside the caller's transaction (the content
     * importer's). Returns the input's problems and writes nothing when there are any; an unchanged product
     * is not touched, so its version stays.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<UserError> upsert(CreateProductInput input) {
        InputCheck check = new InputCheck();
        validate(input, check);
        if (check.hasErrors()) {
            return check.errors();
        }
        ProductEntity entity = products.findBySlug(input.slug).orElseGet(ProductEntity::new);
        if (entity.id == null) {
            entity.slug = input.slug;
            apply(input, entity);
            products.persist(entity);
            catalogs.changedInThisTransaction();
        } else if (!same(input, entity)) {
            apply(input, entity);
            catalogs.changedInThisTransaction();
        }
        return List.of();
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
        return writes.run(() -> {
            InputCheck check = new InputCheck("input");
            ProductEntity entity = load(input.id, input.version, check);
            if (input.name != null) {
                check.required(input.name, NAME_MAX, "name");
            }
            check.maxLength(input.description, DESCRIPTION_MAX, "description");
            check.throwIfInvalid();
            if (input.name != null) {
                entity.name = input.name.strip();
            }
            if (input.description != null) {
                entity.description = input.description.strip();
            }
            products.flush();
            return StoredPayload.of(ProductPayload::new, toApi(entity));
        }, ProductPayload::new);
    }

    public DeletePayload delete(DeleteInput input) {
        return writes.delete(input, Product.TYPE, "product", products, e -> e.version);
    }

    private ProductEntity load(String id, int version, InputCheck check) {
        ProductEntity entity = check.existing(GlobalId.decode(id, Product.TYPE).flatMap(products::findByIdOptional), "product");
        check.sameVersion(entity.version, version, "product");
        return entity;
    }

    static Product toApi(ProductEntity entity) {
        Product product = new Product();
        product.dbId = entity.id;
        product.slug = entity.slug;
        product.name = entity.name;
        product.description = entity.description;
        product.version = entity.version;
        product.createdAt = entity.createdAt;
        product.updatedAt = entity.updatedAt;
        return product;
    }

    /** Every product as the content files state it, oldest first (the exporter's order, so a re-import keeps it). */
    @Transactional
    public List<CreateProductInput> exportAll() {
        return products.listAll(Sort.by("id")).stream().map(entity -> {
            CreateProductInput input = new CreateProductInput();
            input.slug = entity.slug;
            input.name = entity.name;
            input.description = entity.description.isEmpty() ? null : entity.description;
            return input;
        }).toList();
    }
}
