package com.example.portal.segments;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import com.example.portal.graphql.DeleteInput;
import com.example.portal.graphql.DeletePayload;
import com.example.portal.graphql.PageRequest;
import com.example.portal.products.ProductService;
import com.example.portal.products.api.Product;
import com.example.portal.segments.api.CreateSegmentInput;
import com.example.portal.segments.api.CrmCondition;
import com.example.portal.segments.api.Segment;
import com.example.portal.segments.api.SegmentConnection;
import com.example.portal.segments.api.SegmentCriteria;
import com.example.portal.segments.api.SegmentCriteriaPreview;
import com.example.portal.segments.api.SegmentCriteriaPreviewInput;
import com.example.portal.segments.api.SegmentMetric;
import com.example.portal.segments.api.SegmentFilter;
import com.example.portal.segments.api.SegmentOrder;
import com.example.portal.segments.api.SegmentPayload;
import com.example.portal.segments.api.UpdateSegmentInput;
import com.example.portal.security.Allowed;
import com.example.portal.security.Role;

@GraphQLApi
@Allowed({ Role.SALES, Role.MARKETING, Role.PM })
public class SegmentGraphQLApi {

    @Inject
    SegmentService service;

    @Inject
    ProductService products;

    @Query("segment")
    @Description("One segment by global id or by slug (give exactly one); null when there is none.")
    public Segment segment(@Id @Description("Global id.") String id, @Description("Slug.") String slug) {
        return service.lookup(id, slug);
    }

    @Query("segments")
    @Description("Segments matching a filter, a page at a time.")
    public @NonNull SegmentConnection segments(
            @Description("Page size, 0 to 100.") @DefaultValue("20") Integer first,
            @Description("Cursor of the item after which the page starts.") String after,
            @Description("Which segments; all when left out.") SegmentFilter filter,
            @Description("Ordering; by name ascending when left out.") SegmentOrder orderBy) {
        return service.list(PageRequest.of(first, after), filter, orderBy);
    }

    @Allowed(Role.PM)
    @Query("segmentCriteriaPreview")
    @Description("What saving a segment as edited would do, without storing anything: the criteria's Russian sentence, "
            + "whether the segment would change and which cards would then be flagged for re-verification; the input's "
            + "problems as userErrors, with updateSegment's rules. For an editor's live preview.")
    public @NonNull SegmentCriteriaPreview segmentCriteriaPreview(
            @NonNull @Description("The segment as edited.") SegmentCriteriaPreviewInput input) {
        return service.preview(input);
    }

    @Query("segmentMetrics")
    @Description("The client metrics that segment criteria can compare, with their Russian names, ordered by key: what "
            + "a criteria builder offers. Other snake-case keys are allowed and read as they are.")
    public @NonNull List<@NonNull SegmentMetric> segmentMetrics() {
        return Vocabulary.metrics().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> new SegmentMetric(e.getKey(), e.getValue().name(), e.getValue().unit())).toList();
    }

    @Description("Products the client has.")
    public @NonNull List<@NonNull List<@NonNull Product>> productsOwned(@Source List<SegmentCriteria> criteria) {
        return productsOf(criteria, c -> c.ownedProductDbIds);
    }

    @Description("Products the client does not have.")
    public @NonNull List<@NonNull List<@NonNull Product>> productsNotOwned(@Source List<SegmentCriteria> criteria) {
        return productsOf(criteria, c -> c.notOwnedProductDbIds);
    }

    @Description("The criteria as one plain Russian sentence, e.g. «Компании от 10 сотрудников, у которых есть "
            + "продукт «Вакансии», нет продукта «Колл-трекинг» и доля пропущенных звонков больше 20%».")
    public @NonNull List<@NonNull String> sentence(@Source List<SegmentCriteria> criteria) {
        Map<Long, Product> byId = products.forReaders(criteria.stream()
                .flatMap(c -> java.util.stream.Stream.concat(c.ownedProductDbIds.stream(), c.notOwnedProductDbIds.stream()))
                .collect(Collectors.toSet()));
        return criteria.stream().map(c -> CriteriaSentence.render(c.sizeMin, c.sizeMax, c.industries,
                names(c.ownedProductDbIds, byId), names(c.notOwnedProductDbIds, byId),
                c.metricConditions.stream().map(MetricRule::of).toList()))
                .toList();
    }

    @Description("The criteria as the conditions of a CRM company-list filter, all of which must hold: size as bounds "
            + "on employees, industries as industry IN, products as HAS_ALL / HAS_NONE on products, each metric condition "
            + "on metric.<key>. Empty when the segment has no criteria.")
    public @NonNull List<@NonNull List<@NonNull CrmCondition>> crmFilter(@Source List<SegmentCriteria> criteria) {
        Map<Long, Product> byId = products.forReaders(criteria.stream()
                .flatMap(c -> java.util.stream.Stream.concat(c.ownedProductDbIds.stream(), c.notOwnedProductDbIds.stream()))
                .collect(Collectors.toSet()));
        return criteria.stream().map(c -> CrmFilter.conditions(c.sizeMin, c.sizeMax, c.industries,
                c.ownedProductDbIds.stream().map(id -> byId.get(id).slug).toList(),
                c.notOwnedProductDbIds.stream().map(id -> byId.get(id).slug).toList(),
                c.metricConditions.stream().map(MetricRule::of).toList()))
                .toList();
    }

    private static List<String> names(List<Long> ids, Map<Long, Product> byId) {
        return ids.stream().map(id -> byId.get(id).name).toList();
    }

    private List<List<Product>> productsOf(List<SegmentCriteria> criteria, Function<SegmentCriteria, List<Long>> ids) {
        Map<Long, Product> byId = products.forReaders(criteria.stream().flatMap(c -> ids.apply(c).stream()).collect(Collectors.toSet()));
        return criteria.stream().map(c -> ids.apply(c).stream().map(byId::get).toList()).toList();
    }

    @Allowed(Role.PM)
    @Mutation("createSegment")
    @Description("Creates a segment.")
    public @NonNull SegmentPayload createSegment(@NonNull @Description("The new segment.") CreateSegmentInput input) {
        return service.create(input);
    }

    @Allowed(Role.PM)
    @Mutation("updateSegment")
    @Description("Changes a segment.")
    public @NonNull SegmentPayload updateSegment(@NonNull @Description("The changes.") UpdateSegmentInput input) {
        return service.update(input);
    }

    @Allowed(Role.ADMIN)
    @Mutation("deleteSegment")
    @Description("Deletes a segment that no card refers to.")
    public @NonNull DeletePayload deleteSegment(@NonNull @Description("Which segment.") DeleteInput input) {
        return service.delete(input);
    }
}
