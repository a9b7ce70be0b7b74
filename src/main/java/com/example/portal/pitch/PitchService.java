package com.example.portal.pitch;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.example.portal.cards.FeatureCardService;
import com.example.portal.cards.api.FeatureCard;
import com.example.portal.glossary.GlossaryService;
import com.example.portal.glossary.api.GlossaryTerm;
import com.example.portal.graphql.BadRequestException;
import com.example.portal.pitch.api.ClientMetricInput;
import com.example.portal.pitch.api.AccountListFormat;
import com.example.portal.pitch.api.AccountQualification;
import com.example.portal.pitch.api.ClientProfileInput;
import com.example.portal.pitch.api.PitchExclusion;
import com.example.portal.pitch.api.PitchForm;
import com.example.portal.pitch.api.PitchIndustry;
import com.example.portal.pitch.api.PitchMetric;
import com.example.portal.pitch.api.PitchMatch;
import com.example.portal.pitch.api.PitchResult;
import com.example.portal.pitch.api.QualifyAccountsInput;
import com.example.portal.pitch.api.QualifyAccountsResult;
import com.example.portal.pitch.api.SegmentFitResult;
import com.example.portal.products.ProductService;
import com.example.portal.products.api.Product;
import com.example.portal.segments.MetricRule;
import com.example.portal.segments.SegmentService;
import com.example.portal.segments.Vocabulary;
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

    @Inject
    GlossaryService glossary;

    public PitchResult pitch(ClientProfileInput input) {
        ClientProfile client = profile(input);
        Catalog catalog = catalog();
        PitchResult result = new PitchResult();
        result.ranking = PitchMatcher.RANKING;
        List<PitchDecision> decisions = PitchMatcher.decide(catalog.cards(), client);
        result.matches = decisions.stream().filter(PitchDecision::offered).map(d -> match(d, catalog)).toList();
        result.excluded = decisions.stream().filter(d -> !d.offered()).map(d -> {
            PitchExclusion exclusion = new PitchExclusion();
            exclusion.card = catalog.cardsById().get(d.card().id());
            exclusion.reason = d.exclusion();
            exclusion.explanation = d.explanation();
            exclusion.antiSegments = d.antiSegments().stream().map(f -> result(f, catalog)).toList();
            return exclusion;
        }).toList();
        return result;
    }

    /** The form fields for every metric and industry the published cards' segments use. */
    public PitchForm form() {
        Collection<Segment> used = catalog().segmentsById().values();
        Set<String> keys = new TreeSet<>();
        Set<String> industries = new LinkedHashSet<>();
        used.forEach(s -> s.criteria.metricConditions.forEach(m -> keys.add(m.metric())));
        used.stream().flatMap(s -> s.criteria.industries.stream()).sorted().forEach(industries::add);
        industries.addAll(Vocabulary.industries());
        Map<String, GlossaryTerm> definitions = glossary.metricsByKey(keys);
        PitchForm form = new PitchForm();
        form.metrics = keys.stream().map(key -> {
            Vocabulary.Metric metric = Vocabulary.metric(key);
            PitchMetric field = new PitchMetric();
            field.key = key;
            field.label = Character.toUpperCase(metric.name().charAt(0)) + metric.name().substring(1)
                    + (metric.unit().isEmpty() ? "" : ", " + metric.unit());
            field.unit = metric.unit();
            field.question = ClientQuestions.metric(key);
            field.definition = definitions.containsKey(key) ? definitions.get(key).definition : null;
            return field;
        }).toList();
        form.industries = industries.stream().map(key -> {
            PitchIndustry industry = new PitchIndustry();
            industry.key = key;
            industry.name = Vocabulary.industry(key);
            return industry;
        }).toList();
        return form;
    }

    /** Matches every account of an uploaded list against the published cards loaded once. */
    public QualifyAccountsResult qualify(QualifyAccountsInput input) {
        AccountListParser.Parsed parsed = input.format == AccountListFormat.JSON ? AccountListParser.json(input.data)
                : AccountListParser.csv(input.data);
        Catalog catalog = catalog();
        Set<String> knownProducts = products.idsBySlugs(parsed.rows().stream()
                .flatMap(r -> r.productsOwned() == null ? Stream.empty() : r.productsOwned().stream())
                .collect(Collectors.toSet())).keySet();
        List<RowProblem> problems = new java.util.ArrayList<>(parsed.problems());
        List<AccountQualification> accounts = new java.util.ArrayList<>();
        for (AccountRow row : parsed.rows()) {
            List<String> unknown = row.productsOwned() == null ? List.of()
                    : row.productsOwned().stream().filter(slug -> !knownProducts.contains(slug)).toList();
            if (!unknown.isEmpty()) {
                problems.add(new RowProblem(row.row(), "products_owned", "No product has the slug(s) " + unknown + "."));
                continue;
            }
            ClientProfile client = new ClientProfile(row.employees(), row.industry(),
                    row.productsOwned() == null ? null : new LinkedHashSet<>(row.productsOwned()), row.metrics());
            AccountQualification account = new AccountQualification();
            account.row = row.row();
            account.account = row.account();
            account.matches = PitchMatcher.decide(catalog.cards(), client).stream().filter(PitchDecision::offered)
                    .map(d -> match(d, catalog)).toList();
            accounts.add(account);
        }
        problems.sort(java.util.Comparator.comparingInt(RowProblem::row));
        QualifyAccountsResult result = new QualifyAccountsResult();
        result.accounts = accounts;
        result.problems = problems;
        result.ranking = PitchMatcher.RANKING;
        return result;
    }

    /** Published cards with their segments and products, as the matcher and the results need them. */
    private record Catalog(List<CardView> cards, Map<Long, FeatureCard> cardsById, Map<Long, Segment> segmentsById) {
    }

    private Catalog catalog() {
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
        Map<Long, Product> productsById = products.forReaders(productIds);
        Map<Long, SegmentView> views = segmentsById.values().stream()
                .collect(Collectors.toMap(s -> s.dbId, s -> view(s, productsById)));
        List<CardView> cardViews = published.stream().map(c -> new CardView(c.dbId, c.title,
                productsById.get(c.productDbId).slug, productsById.get(c.productDbId).name,
                c.targetSegmentDbIds.stream().map(views::get).toList(),
                c.antiSegmentDbIds.stream().map(views::get).toList())).toList();
        return new Catalog(cardViews, published.stream().collect(Collectors.toMap(c -> c.dbId, Function.identity())),
                segmentsById);
    }

    private static PitchMatch match(PitchDecision d, Catalog catalog) {
        PitchMatch match = new PitchMatch();
        match.card = catalog.cardsById().get(d.card().id());
        match.fit = d.fit();
        match.bestSegment = result(d.best(), catalog);
        match.targetSegments = d.targets().stream().map(f -> result(f, catalog)).toList();
        match.antiSegments = d.antiSegments().stream().map(f -> result(f, catalog)).toList();
        match.warnings = d.warnings();
        match.verdict = d.verdict();
        match.reason = d.reason();
        match.questions = d.questions();
        return match;
    }

    /** The profile as the matcher reads it; a malformed one is a client fault naming the field. */
    ClientProfile profile(ClientProfileInput input) {
        return profile(input, (field, message) -> {
            throw new BadRequestException("profile." + field + " " + message);
        });
    }

    /** A problem of a client profile: the field (employees, industry, productsOwned, metrics) and what is wrong. */
    public interface ProfileProblem {
        void report(String field, String message);
    }

    /**
     * Reads a client profile, reporting every problem with the field it is in; the saved profiles report them as
     * user errors, the pitch query as a client fault. Returns the profile read so far.
     */
    public ClientProfile profile(ClientProfileInput input, ProfileProblem problem) {
        if (input.employees != null && input.employees < 0) {
            problem.report("employees", "must be 0 or more; got " + input.employees + ".");
        }
        if (input.industry != null && !KEY.matcher(input.industry).matches()) {
            problem.report("industry", "is a lower-case key such as \"retail\"; got \"" + input.industry + "\".");
        }
        Set<String> owned = null;
        if (input.productsOwned != null) {
            owned = new LinkedHashSet<>(input.productsOwned);
            Set<String> known = products.idsBySlugs(owned).keySet();
            List<String> unknown = owned.stream().filter(slug -> !known.contains(slug)).toList();
            if (!unknown.isEmpty()) {
                problem.report("productsOwned", "names no product with the slug(s) " + unknown + ".");
            }
        }
        Map<String, BigDecimal> metrics = new LinkedHashMap<>();
        for (ClientMetricInput metric : input.metrics == null ? List.<ClientMetricInput>of() : input.metrics) {
            if (!KEY.matcher(metric.metric).matches() || metric.value == null || metric.value.isNaN() || metric.value.isInfinite()) {
                problem.report("metrics", "needs snake-case keys and finite values; got " + metric.metric + " = " + metric.value + ".");
            } else if (metrics.put(metric.metric, BigDecimal.valueOf(metric.value)) != null) {
                problem.report("metrics", "gives \"" + metric.metric + "\" twice.");
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
                segment.criteria.metricConditions.stream().map(MetricRule::of).toList());
    }

    private static SegmentFitResult result(SegmentFit fit, Catalog catalog) {
        SegmentFitResult result = new SegmentFitResult();
        result.segment = catalog.segmentsById().get(fit.segment().id());
        result.status = fit.status();
        result.score = fit.score();
        result.criteria = fit.criteria();
        return result;
    }
}
