package com.example.portal.segments;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.example.portal.database.ListQuery;
import com.example.portal.database.CatalogedService;
import com.example.portal.graphql.GlobalId;
import com.example.portal.graphql.InputCheck;
import com.example.portal.graphql.PageRequest;
import com.example.portal.graphql.StoredPayload;
import com.example.portal.graphql.UserErrorCode;
import com.example.portal.graphql.UserError;
import com.example.portal.products.ProductService;
import com.example.portal.products.api.Product;
import com.example.portal.segments.api.CreateSegmentInput;
import com.example.portal.segments.api.MetricConditionInput;
import com.example.portal.segments.api.Segment;
import com.example.portal.segments.api.SegmentConnection;
import com.example.portal.segments.api.SegmentCriteriaInput;
import com.example.portal.segments.api.SegmentCriteriaPreview;
import com.example.portal.segments.api.SegmentCriteriaPreviewInput;
import com.example.portal.segments.api.SegmentFilter;
import com.example.portal.segments.api.SegmentOrder;
import com.example.portal.segments.api.SegmentPayload;
import com.example.portal.segments.api.UpdateSegmentInput;

import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class SegmentService extends CatalogedService<SegmentEntity, Segment> {

    static final int NAME_MAX = 200;
    static final int DESCRIPTION_MAX = 5000;
    private static final Pattern INDUSTRY = Pattern.compile("[a-z][a-z0-9_-]*");
    private static final Pattern METRIC = Pattern.compile("[a-z][a-z0-9_]*");
    /** Thresholds are numeric(18, 4): 4 decimals and at most 14 digits before the point. */
    private static final int THRESHOLD_SCALE = 4;
    private static final BigDecimal THRESHOLD_LIMIT = BigDecimal.TEN.pow(14);

    @Inject
    ProductService products;

    @Inject
    SegmentService(SegmentRepository segments) {
        super(Segment.TYPE, "segment", segments, SegmentMapper.INSTANCE::toApi);
    }

    @Inject
    Event<SegmentChanged> changed;

    @Transactional
    public SegmentConnection list(PageRequest page, SegmentFilter filter, SegmentOrder order) {
        ListQuery query = new ListQuery("SegmentEntity", "s");
        if (filter != null && filter.productSlug != null) {
            query.and("exists (select 1 from SegmentEntity s2 join s2.productLinks l where s2 = s and l.productId = :product)",
                    "product", products.idsBySlugs(List.of(filter.productSlug)).getOrDefault(filter.productSlug, -1L));
        }
        if (filter != null && filter.industry != null) {
            query.and("array_contains(s.industries, :industry)", "industry", filter.industry);
        }
        SegmentOrder ordering = order == null ? new SegmentOrder() : order;
        return new SegmentConnection(
                query.orderBy(ordering.field, ordering.direction, Map.of()).page(rows, page, SegmentMapper.INSTANCE::toApi));
    }

    /**
     * The sentence the criteria would render and whether saving them (with the name and description) would change the
     * segment; validated like an update, read-only, nothing stored.
     */
    @Transactional
    public SegmentCriteriaPreview preview(SegmentCriteriaPreviewInput input) {
        InputCheck check = new InputCheck("input");
        SegmentEntity entity = null;
        if (input.id != null) {
            entity = GlobalId.decode(input.id, Segment.TYPE).flatMap(rows::findByIdOptional).orElse(null);
            if (entity == null) {
                check.add(UserErrorCode.NOT_FOUND, "No segment has this id.", "id");
            }
        }
        if (input.name != null) {
            check.required(input.name, NAME_MAX, "name");
        }
        check.maxLength(input.description, DESCRIPTION_MAX, "description");
        SegmentCriteriaInput criteria = input.criteria == null ? new SegmentCriteriaInput() : input.criteria;
        Resolved resolved = checkCriteria(criteria, check);
        SegmentCriteriaPreview preview = new SegmentCriteriaPreview();
        if (check.hasErrors()) {
            preview.userErrors = check.errors();
            return preview;
        }
        Map<Long, String> names = products.byIds(resolved.productLinks().stream().map(ProductLinkValue::productId).toList())
                .entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().name));
        preview.sentence = CriteriaSentence.render(criteria.sizeMin, criteria.sizeMax,
                criteria.industries == null ? List.of() : criteria.industries, productNames(resolved, true, names),
                productNames(resolved, false, names), resolved.conditions().stream()
                        .map(c -> new MetricRule(c.metric(), c.operator(), c.threshold())).toList());
        if (entity != null) {
            preview.segmentDbId = entity.id;
            preview.changesSegment = changes(entity, input, criteria, resolved);
        }
        return preview;
    }

    private static List<String> productNames(Resolved resolved, boolean owned, Map<Long, String> names) {
        return resolved.productLinks().stream().filter(l -> l.owned() == owned).map(l -> names.get(l.productId())).toList();
    }

    /** Whether update() would write anything: the same comparisons applyCriteria makes, and the stripped texts. */
    private static boolean changes(SegmentEntity entity, SegmentCriteriaPreviewInput input, SegmentCriteriaInput criteria,
            Resolved resolved) {
        List<String> industries = criteria.industries == null ? List.of() : criteria.industries;
        return (input.name != null && !input.name.strip().equals(entity.name))
                || (input.description != null && !input.description.strip().equals(entity.description))
                || !java.util.Objects.equals(criteria.sizeMin, entity.sizeMin)
                || !java.util.Objects.equals(criteria.sizeMax, entity.sizeMax)
                || !industries.equals(entity.industries)
                || !resolved.productLinks().equals(entity.productLinks)
                || !sameConditions(resolved.conditions(), entity.metricConditions);
    }

    public SegmentPayload create(CreateSegmentInput input) {
        return create(input.slug, "A segment", SegmentEntity::new, check -> {
            Resolved resolved = validate(input, check);
            return entity -> {
                entity.name = input.name.strip();
                entity.description = input.description == null ? "" : input.description.strip();
                applyCriteria(input.criteria, resolved, entity);
            };
        }, entity -> StoredPayload.of(SegmentPayload::new, SegmentMapper.INSTANCE.toApi(entity)), SegmentPayload::new);
    }

    public SegmentPayload update(UpdateSegmentInput input) {
        return update(input.id, input.version, (entity, check) -> {
            int versionBefore = entity.version;
            if (input.name != null) {
                check.required(input.name, NAME_MAX, "name");
            }
            check.maxLength(input.description, DESCRIPTION_MAX, "description");
            Resolved resolved = input.criteria == null ? null : checkCriteria(input.criteria, check);
            return () -> {
                if (input.name != null) {
                    entity.name = input.name.strip();
                }
                if (input.description != null) {
                    entity.description = input.description.strip();
                }
                if (input.criteria != null) {
                    applyCriteria(input.criteria, resolved, entity);
                }
                rows.flush();
                if (entity.version != versionBefore) {
                    changed.fire(new SegmentChanged(entity.id));
                }
                return StoredPayload.of(SegmentPayload::new, SegmentMapper.INSTANCE.toApi(entity));
            };
        }, SegmentPayload::new);
    }

    /** Creates or updates by slug inside the content importer's transaction; an unchanged segment keeps its version. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<UserError> upsert(CreateSegmentInput input) {
        return upsert(input.slug, SegmentEntity::new, check -> {
            Resolved resolved = validate(input, check);
            return entity -> {
                entity.name = input.name.strip();
                entity.description = input.description == null ? "" : input.description.strip();
                applyCriteria(input.criteria, resolved, entity);
                catalogs.changedInThisTransaction();
            };
        });
    }

    /** Product links and metric conditions resolved from a criteria input. */
    private record Resolved(Set<ProductLinkValue> productLinks, List<MetricConditionValue> conditions) {
    }

    private Resolved validate(CreateSegmentInput input, InputCheck check) {
        check.slug(input.slug, "slug");
        check.required(input.name, NAME_MAX, "name");
        check.maxLength(input.description, DESCRIPTION_MAX, "description");
        return checkCriteria(input.criteria == null ? new SegmentCriteriaInput() : input.criteria, check);
    }

    private Resolved checkCriteria(SegmentCriteriaInput criteria, InputCheck check) {
        check.nonNegative(criteria.sizeMin, "criteria", "sizeMin");
        check.nonNegative(criteria.sizeMax, "criteria", "sizeMax");
        if (criteria.sizeMin != null && criteria.sizeMax != null && criteria.sizeMax >= 0 && criteria.sizeMin > criteria.sizeMax) {
            check.add(UserErrorCode.INVALID, "The size range is empty: sizeMin (" + criteria.sizeMin
                    + ") must not exceed sizeMax (" + criteria.sizeMax + ").", "criteria", "sizeMin");
        }
        List<String> industries = criteria.industries == null ? List.of() : criteria.industries;
        check.maxItems(industries, 30, "criteria", "industries");
        for (int i = 0; i < industries.size(); i++) {
            if (check.required(industries.get(i), 60, "criteria", "industries", i) && !INDUSTRY.matcher(industries.get(i)).matches()) {
                check.add(UserErrorCode.INVALID, "An industry key is lower-case latin letters, digits, '_' or '-', "
                        + "e.g. \"retail\"; got \"" + industries.get(i) + "\".", "criteria", "industries", i);
            }
        }
        check.distinct(industries, Function.identity(), "criteria", "industries");
        Set<ProductLinkValue> links = new LinkedHashSet<>();
        List<String> owned = criteria.productsOwned == null ? List.of() : criteria.productsOwned;
        List<String> notOwned = criteria.productsNotOwned == null ? List.of() : criteria.productsNotOwned;
        Set<String> all = new HashSet<>(owned);
        all.addAll(notOwned);
        Map<String, Long> ids = products.idsBySlugs(all);
        resolveProducts(owned, true, ids, links, "productsOwned", check);
        resolveProducts(notOwned, false, ids, links, "productsNotOwned", check);
        for (int i = 0; i < notOwned.size(); i++) {
            if (owned.contains(notOwned.get(i))) {
                check.add(UserErrorCode.INVALID, "Product \"" + notOwned.get(i)
                        + "\" cannot be both owned and not owned.", "criteria", "productsNotOwned", i);
            }
        }
        List<MetricConditionInput> conditions = criteria.metricConditions == null ? List.of() : criteria.metricConditions;
        check.maxItems(conditions, 20, "criteria", "metricConditions");
        List<MetricConditionValue> values = new ArrayList<>();
        for (int i = 0; i < conditions.size(); i++) {
            MetricConditionInput c = conditions.get(i);
            if (check.required(c.metric, 80, "criteria", "metricConditions", i, "metric") && !METRIC.matcher(c.metric).matches()) {
                check.add(UserErrorCode.INVALID, "A metric key is snake case, e.g. \"missed_call_share\"; got \"" + c.metric + "\".",
                        "criteria", "metricConditions", i, "metric");
            }
            if (c.operator == null) {
                check.add(UserErrorCode.REQUIRED, "Required: one of GT, GTE, LT, LTE, EQ.", "criteria", "metricConditions", i, "operator");
            }
            BigDecimal threshold = threshold(c.threshold, check, "criteria", "metricConditions", i, "threshold");
            if (c.metric != null && c.operator != null && threshold != null) {
                values.add(new MetricConditionValue(c.metric, c.operator, threshold));
            }
        }
        return new Resolved(links, values);
    }

    /** The threshold as the numeric(18, 4) column stores it, rounded to 4 decimals; null when it is refused. */
    private static BigDecimal threshold(Double value, InputCheck check, Object... field) {
        if (value == null) {
            check.add(UserErrorCode.REQUIRED, "Required: a number.", field);
            return null;
        }
        BigDecimal threshold = Double.isFinite(value)
                ? BigDecimal.valueOf(value).setScale(THRESHOLD_SCALE, RoundingMode.HALF_UP) : null;
        if (threshold == null || threshold.abs().compareTo(THRESHOLD_LIMIT) >= 0) {
            check.add(UserErrorCode.INVALID, "A threshold is a number above -10^14 and below 10^14; got " + value + ".", field);
            return null;
        }
        return threshold;
    }

    private static void resolveProducts(List<String> slugs, boolean owned, Map<String, Long> ids, Set<ProductLinkValue> links,
            String field, InputCheck check) {
        check.maxItems(slugs, 20, "criteria", field);
        check.distinct(slugs, Function.identity(), "criteria", field);
        for (int i = 0; i < slugs.size(); i++) {
            Long id = ids.get(slugs.get(i));
            if (id == null) {
                check.add(UserErrorCode.NOT_FOUND, "No product has the slug \"" + slugs.get(i) + "\".", "criteria", field, i);
            } else {
                links.add(new ProductLinkValue(id, owned));
            }
        }
    }

    /** Writes only what differs, so re-importing an unchanged segment does not bump its version. */
    private static void applyCriteria(SegmentCriteriaInput criteria, Resolved resolved, SegmentEntity entity) {
        SegmentCriteriaInput c = criteria == null ? new SegmentCriteriaInput() : criteria;
        entity.sizeMin = c.sizeMin;
        entity.sizeMax = c.sizeMax;
        List<String> industries = c.industries == null ? List.of() : c.industries;
        if (!industries.equals(entity.industries)) {
            entity.industries = new ArrayList<>(industries);
        }
        if (!resolved.productLinks().equals(entity.productLinks)) {
            entity.productLinks.clear();
            entity.productLinks.addAll(resolved.productLinks());
        }
        if (!sameConditions(resolved.conditions(), entity.metricConditions)) {
            entity.metricConditions.clear();
            entity.metricConditions.addAll(resolved.conditions());
        }
    }

    private static boolean sameConditions(List<MetricConditionValue> wanted, List<MetricConditionValue> stored) {
        if (wanted.size() != stored.size()) {
            return false;
        }
        for (int i = 0; i < wanted.size(); i++) {
            if (!wanted.get(i).sameAs(stored.get(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Every segment as the content files state it, oldest first; product links by product age, as the set they are
     * loads in no particular order.
     */
    @Transactional
    public List<CreateSegmentInput> exportAll() {
        List<SegmentEntity> all = rows.listAll(Sort.by("id"));
        Map<Long, Product> products = this.products.byIds(all.stream()
                .flatMap(e -> e.productLinks.stream().map(ProductLinkValue::productId)).collect(Collectors.toSet()));
        return all.stream().map(e -> SegmentMapper.INSTANCE.toContent(e, products)).toList();
    }
}
