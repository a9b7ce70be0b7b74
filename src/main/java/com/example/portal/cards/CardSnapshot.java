package com.example.portal.cards;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A card's content as one revision keeps it. Component names are the GraphQL field names a PM sees in
 * {@code changedFields}; workflow state (status, verification) is not content and is recorded by the revision itself.
 */
record CardSnapshot(
        String title,
        String summary,
        String body,
        Long product,
        String owner,
        List<String> funnelStages,
        List<String> tags,
        List<JobStoryValue> jobs,
        List<String> talkingPoints,
        List<ObjectionValue> objections,
        List<Long> targetSegments,
        List<Long> antiSegments,
        List<Long> glossaryTerms,
        BigDecimal rolloutShare,
        String rolloutStart,
        Boolean rolloutOptOut,
        int verifyEveryDays) {

    private static final ObjectMapper JSON = new ObjectMapper();

    static CardSnapshot of(FeatureCardEntity c) {
        return new CardSnapshot(c.title, c.summary, c.body, c.productId, c.owner, List.copyOf(c.funnelStages),
                List.copyOf(c.tags), List.copyOf(c.jobs), List.copyOf(c.talkingPoints), List.copyOf(c.objections),
                segments(c, SegmentRole.TARGET), segments(c, SegmentRole.ANTI), c.glossaryTermIds.stream().sorted().toList(),
                c.rolloutShare == null ? null : c.rolloutShare.stripTrailingZeros(),
                c.rolloutStart == null ? null : c.rolloutStart.toString(), c.rolloutOptOut, c.verifyEveryDays);
    }

    private static List<Long> segments(FeatureCardEntity c, SegmentRole role) {
        return c.segmentLinks.stream().filter(l -> l.role() == role).map(SegmentLinkValue::segmentId).sorted().toList();
    }

    /** Field name to value, in the card's order, "rollout" standing for its three facts. */
    Map<String, Object> fields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("title", title);
        fields.put("summary", summary);
        fields.put("body", body);
        fields.put("product", product);
        fields.put("owner", owner);
        fields.put("funnelStages", funnelStages);
        fields.put("tags", tags);
        fields.put("jobs", jobs);
        fields.put("talkingPoints", talkingPoints);
        fields.put("objections", objections);
        fields.put("targetSegments", targetSegments);
        fields.put("antiSegments", antiSegments);
        fields.put("glossaryTerms", glossaryTerms);
        fields.put("rollout", java.util.Arrays.asList(rolloutShare, rolloutStart, rolloutOptOut));
        fields.put("verifyEveryDays", verifyEveryDays);
        return fields;
    }

    /** Names of the fields whose values differ from an earlier snapshot's; every filled field when there is none. */
    List<String> changedSince(CardSnapshot earlier) {
        Map<String, Object> now = fields();
        Map<String, Object> before = earlier == null ? Map.of() : earlier.fields();
        return now.entrySet().stream().filter(e -> earlier == null ? filled(e.getValue())
                : !Objects.equals(e.getValue(), before.get(e.getKey()))).map(Map.Entry::getKey).toList();
    }

    /**
     * What approving an edit publishes: the published content with the fields the edit changed relative to the content
     * it started from. Fields the edit left alone keep the published value, even when the content import changed them
     * meanwhile.
     */
    static CardSnapshot merge(CardSnapshot published, CardSnapshot base, CardSnapshot edited) {
        java.util.Set<String> changed = java.util.Set.copyOf(edited.changedSince(base));
        CardSnapshot p = published;
        CardSnapshot e = edited;
        boolean rollout = changed.contains("rollout");
        return new CardSnapshot(pick(changed, "title", p.title, e.title), pick(changed, "summary", p.summary, e.summary),
                pick(changed, "body", p.body, e.body), pick(changed, "product", p.product, e.product),
                pick(changed, "owner", p.owner, e.owner), pick(changed, "funnelStages", p.funnelStages, e.funnelStages),
                pick(changed, "tags", p.tags, e.tags), pick(changed, "jobs", p.jobs, e.jobs),
                pick(changed, "talkingPoints", p.talkingPoints, e.talkingPoints),
                pick(changed, "objections", p.objections, e.objections),
                pick(changed, "targetSegments", p.targetSegments, e.targetSegments),
                pick(changed, "antiSegments", p.antiSegments, e.antiSegments),
                pick(changed, "glossaryTerms", p.glossaryTerms, e.glossaryTerms),
                rollout ? e.rolloutShare : p.rolloutShare, rollout ? e.rolloutStart : p.rolloutStart,
                rollout ? e.rolloutOptOut : p.rolloutOptOut,
                pick(changed, "verifyEveryDays", p.verifyEveryDays, e.verifyEveryDays));
    }

    private static <T> T pick(java.util.Set<String> changed, String field, T published, T edited) {
        return changed.contains(field) ? edited : published;
    }

    private static boolean filled(Object value) {
        return value != null && !(value instanceof List<?> list && list.stream().allMatch(Objects::isNull))
                && !(value instanceof List<?> l && l.isEmpty()) && !"".equals(value);
    }

    String toJson() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write a card snapshot", e);
        }
    }

    static CardSnapshot fromJson(String json) {
        try {
            return JSON.readValue(json, CardSnapshot.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot read a card snapshot", e);
        }
    }
}
