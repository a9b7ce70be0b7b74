package com.example.portal.pitch;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.example.portal.cards.FeatureCardService;
import com.example.portal.cards.api.FeatureCard;
import com.example.portal.graphql.BadRequestException;
import com.example.portal.pitch.api.ClientMetricInput;
import com.example.portal.pitch.api.ClientProfileInput;
import com.example.portal.pitch.api.PitchExclusion;
import com.example.portal.pitch.api.PitchMatch;
import com.example.portal.pitch.api.PitchResult;
import com.example.portal.pitch.api.SegmentFitResult;
import com.example.portal.products.ProductService;
import com.example.portal.products.api.Product;
import com.example.portal.segments.MetricConditionValue;
import com.example.portal.segments.SegmentService;
import com.example.portal.segments.api.Segment;

/** Loads published cards with their segments and products, and lets the matcher decide. */
@ApplicationScoped
public class PitchService {

    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_-]*");

    @Inject
    FeatureCardService cards;

    @Inject
    SegmentService segments;

    @Inject
    ProductService products;

    public PitchResult pitch(ClientProfileInput input) {
        ClientProfile client = profile(input);
        List<FeatureCard> published = cards.published();
        Map<Long, Segment> segmentsById = segments.byIds(published.stream()
                .flatMap(c -> Stream.concat(c.targetSegmentDbIds.stream(), c.antiSegmentDbIds.stream()))
                .collect(Collectors.toSet()));
        Set<Long> productIds = new HashSet<>();
        published.forEach(c -> productIds.add(c.productDbId));
        segmentsById.values().forEach(s -> {
            productIds.addAll(s.criteria.ownedProductDbIds);
            productIds.addAll(s.criteria.notOwnedProductDbIds);
        });
        Map<Long, Product> productsById = products.byIds(productIds);
        Map<Long, SegmentView> views = segmentsById.values().stream()
                .collect(Collectors.toMap(s -> s.dbId, s -> view(s, productsById)));
        Map<Long, FeatureCard> cardsById = published.stream().collect(Collectors.toMap(c -> c.dbId, Function.identity()));
        List<CardView> cardViews = published.stream().map(c -> new CardView(c.dbId, c.title,
                productsById.get(c.productDbId).slug, productsById.get(c.productDbId).name,
                c.targetSegmentDbIds.stream().map(views::get).toList(),
                c.antiSegmentDbIds.stream().map(views::get).toList())).toList();

        PitchResult result = new PitchResult();
        result.ranking = PitchMatcher.RANKING;
        List<PitchDecision> decisions = PitchMatcher.decide(cardViews, client);
        result.matches = decisions.stream().filter(PitchDecision::offered).map(d -> {
            PitchMatch match = new PitchMatch();
            match.card = cardsById.get(d.card().id());
            match.fit = d.fit();
            match.bestSegment = result(d.best(), segmentsById);
            match.targetSegments = d.targets().stream().map(f -> result(f, segmentsById)).toList();
            match.antiSegments = d.antiSegments().stream().map(f -> result(f, segmentsById)).toList();
            match.warnings = d.warnings();
            return match;
        }).toList();
        result.excluded = decisions.stream().filter(d -> !d.offered()).map(d -> {
            PitchExclusion exclusion = new PitchExclusion();
            exclusion.card = cardsById.get(d.card().id());
            exclusion.reason = d.exclusion();
            exclusion.explanation = d.explanation();
            exclusion.antiSegments = d.antiSegments().stream().map(f -> result(f, segmentsById)).toList();
            return exclusion;
        }).toList();
        return result;
    }

    /** The profile as the matcher reads it; a malformed one is a client fault naming the field. */
    ClientProfile profile(ClientProfileInput input) {
        if (input.employees != null && input.employees < 0) {
            throw new BadRequestException("profile.employees must be 0 or more; got " + input.employees + ".");
        }
        if (input.industry != null && !KEY.matcher(input.industry).matches()) {
            throw new BadRequestException("profile.industry is a lower-case key such as \"retail\"; got \"" + input.industry + "\".");
        }
        Set<String> owned = null;
        if (input.productsOwned != null) {
            owned = new LinkedHashSet<>(input.productsOwned);
            Set<String> known = products.idsBySlugs(owned).keySet();
            List<String> unknown = owned.stream().filter(slug -> !known.contains(slug)).toList();
            if (!unknown.isEmpty()) {
                throw new BadRequestException("profile.productsOwned names no product with the slug(s) " + unknown + ".");
            }
        }
        Map<String, BigDecimal> metrics = new HashMap<>();
        for (ClientMetricInput metric : input.metrics == null ? List.<ClientMetricInput>of() : input.metrics) {
            if (!KEY.matcher(metric.metric).matches() || metric.value == null || metric.value.isNaN() || metric.value.isInfinite()) {
                throw new BadRequestException("profile.metrics needs snake-case keys and finite values; got " + metric.metric
                        + " = " + metric.value + ".");
            }
            if (metrics.put(metric.metric, BigDecimal.valueOf(metric.value)) != null) {
                throw new BadRequestException("profile.metrics gives \"" + metric.metric + "\" twice.");
            }
        }
        return new ClientProfile(input.employees, input.industry, owned, metrics);
    }

    private static SegmentView view(Segment segment, Map<Long, Product> products) {
        Function<List<Long>, List<SegmentView.ProductRef>> refs = ids -> ids.stream().map(products::get)
                .map(p -> new SegmentView.ProductRef(p.slug, p.name)).toList();
        return new SegmentView(segment.dbId, segment.name, segment.criteria.sizeMin, segment.criteria.sizeMax,
                segment.criteria.industries, refs.apply(segment.criteria.ownedProductDbIds),
                refs.apply(segment.criteria.notOwnedProductDbIds),
                segment.criteria.metricConditions.stream()
                        .map(m -> new MetricConditionValue(m.metric, m.operator, BigDecimal.valueOf(m.threshold))).toList());
    }

    private static SegmentFitResult result(SegmentFit fit, Map<Long, Segment> segments) {
        SegmentFitResult result = new SegmentFitResult();
        result.segment = segments.get(fit.segment().id());
        result.status = fit.status();
        result.score = fit.score();
        result.criteria = fit.criteria();
        return result;
    }
}
