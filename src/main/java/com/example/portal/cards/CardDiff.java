package com.example.portal.cards;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.example.portal.cards.api.CardFieldChange;
import com.example.portal.cards.api.FeatureCard;
import com.example.portal.cards.api.RolloutFacts;

/**
 * What a reviewer reads: each changed field of a card as text (lists one item a line, references by name) with the
 * word-level difference. Names are loaded once for a whole list of changes.
 */
@ApplicationScoped
class CardDiff {

    /** A change to show: from the published card (null for a first publication) to what approval publishes. */
    record Change(FeatureCard before, FeatureCard after) {
    }

    @Inject
    CardReferenceData references;

    List<List<CardFieldChange>> of(List<Change> changes) {
        Set<Long> productIds = new HashSet<>();
        Set<Long> segmentIds = new HashSet<>();
        Set<Long> termIds = new HashSet<>();
        for (Change change : changes) {
            for (FeatureCard card : new FeatureCard[] { change.before(), change.after() }) {
                if (card != null) {
                    productIds.add(card.productDbId);
                    segmentIds.addAll(card.targetSegmentDbIds);
                    segmentIds.addAll(card.antiSegmentDbIds);
                    termIds.addAll(card.glossaryTermDbIds);
                }
            }
        }
        Names names = new Names(
                names(references.products(productIds), p -> p.name),
                names(references.segments(segmentIds), s -> s.name),
                names(references.glossaryTerms(termIds), t -> t.term));
        return changes.stream().map(c -> fields(c, names)).toList();
    }

    private record Names(Map<Long, String> products, Map<Long, String> segments, Map<Long, String> terms) {
    }

    private static <T> Map<Long, String> names(Map<Long, T> byId, Function<T, String> name) {
        return byId.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> name.apply(e.getValue())));
    }

    private static List<CardFieldChange> fields(Change change, Names names) {
        Map<String, String> before = change.before() == null ? Map.of() : texts(change.before(), names);
        List<CardFieldChange> fields = new ArrayList<>();
        texts(change.after(), names).forEach((field, after) -> {
            String old = before.getOrDefault(field, "");
            if (!Objects.equals(old, after)) {
                fields.add(new CardFieldChange(field, LABELS.get(field), old, after, WordDiff.between(old, after)));
            }
        });
        return fields;
    }

    private static final Map<String, String> LABELS = new LinkedHashMap<>();

    static {
        LABELS.put("title", "Название");
        LABELS.put("summary", "Кратко");
        LABELS.put("body", "Подробно");
        LABELS.put("product", "Продукт");
        LABELS.put("owner", "Владелец");
        LABELS.put("funnelStages", "Этапы воронки");
        LABELS.put("tags", "Теги");
        LABELS.put("jobs", "Работы (JTBD)");
        LABELS.put("talkingPoints", "Что говорить клиенту");
        LABELS.put("objections", "Возражения");
        LABELS.put("targetSegments", "Кому предлагать");
        LABELS.put("antiSegments", "Кому не предлагать");
        LABELS.put("glossaryTerms", "Термины глоссария");
        LABELS.put("rollout", "Раскатка");
        LABELS.put("verifyEveryDays", "Проверять раз в (дней)");
    }

    /** Each field as the text a reviewer reads, keyed and ordered like LABELS. */
    private static Map<String, String> texts(FeatureCard c, Names names) {
        Map<String, String> t = new LinkedHashMap<>();
        t.put("title", c.title);
        t.put("summary", c.summary);
        t.put("body", c.body);
        t.put("product", names.products().getOrDefault(c.productDbId, ""));
        t.put("owner", c.owner == null ? "" : c.owner);
        t.put("funnelStages", lines(c.funnelStages.stream().map(Enum::name).toList()));
        t.put("tags", lines(c.tags));
        t.put("jobs", lines(c.jobs.stream().map(j -> "Когда " + j.situation() + ", хочу " + j.motivation() + ", чтобы " + j.outcome()).toList()));
        t.put("talkingPoints", lines(c.talkingPoints));
        t.put("objections", lines(c.objections.stream().map(o -> o.objection() + " — " + o.answer()).toList()));
        t.put("targetSegments", lines(c.targetSegmentDbIds.stream().map(id -> names.segments().getOrDefault(id, "")).toList()));
        t.put("antiSegments", lines(c.antiSegmentDbIds.stream().map(id -> names.segments().getOrDefault(id, "")).toList()));
        t.put("glossaryTerms", lines(c.glossaryTermDbIds.stream().map(id -> names.terms().getOrDefault(id, "")).sorted().toList()));
        t.put("rollout", rollout(c.rollout));
        t.put("verifyEveryDays", String.valueOf(c.verifyEveryDays));
        return t;
    }

    private static String lines(List<String> items) {
        return String.join("\n", items);
    }

    private static String rollout(RolloutFacts r) {
        if (r == null) {
            return "";
        }
        List<String> facts = new ArrayList<>();
        if (r.sharePercent() != null) {
            facts.add("доля клиентов: " + r.sharePercent().stripTrailingZeros().toPlainString() + "%");
        }
        if (r.startDate() != null) {
            facts.add("с " + r.startDate());
        }
        if (r.clientCanOptOut() != null) {
            facts.add(r.clientCanOptOut() ? "клиент может отказаться" : "клиент не может отказаться");
        }
        return String.join(", ", facts);
    }
}
