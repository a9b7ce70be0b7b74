package com.example.portal.cards;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.example.portal.cards.api.JobStoryInput;
import com.example.portal.cards.api.ObjectionInput;
import com.example.portal.graphql.InputCheck;
import com.example.portal.graphql.UserErrorCode;
import com.example.portal.shared.FunnelStage;

/** Checks a card's fields and resolves the slugs they name, reporting every problem at once. */
@ApplicationScoped
class CardValidation {

    static final int MAX_VERIFY_EVERY_DAYS = 3650;

    static final int TITLE_MAX = 200;
    static final int SUMMARY_MAX = 1000;
    static final int BODY_MAX = 50_000;
    static final int OWNER_MAX = 200;
    static final int TEXT_MAX = 1000;
    static final int OBJECTION_MAX = 500;
    static final int ANSWER_MAX = 2000;
    static final int TAG_MAX = 50;

    @Inject
    CardReferenceData references;

    /** Validates; on create the required fields must be present, on update only given fields are checked. */
    CardReferences check(CardFields f, boolean create, InputCheck check) {
        return check(f, create, check, references);
    }

    CardReferences check(CardFields f, boolean create, InputCheck check, SlugIds ids) {
        if (create || f.title() != null) {
            check.required(f.title(), TITLE_MAX, "title");
        }
        if (create || f.summary() != null) {
            check.required(f.summary(), SUMMARY_MAX, "summary");
        }
        check.maxLength(f.body(), BODY_MAX, "body");
        check.maxLength(f.owner(), OWNER_MAX, "owner");
        check.between(f.verifyEveryDays(), 1, MAX_VERIFY_EVERY_DAYS, "verifyEveryDays");
        check.maxItems(f.funnelStages(), FunnelStage.values().length, "funnelStages");
        check.texts(f.tags(), 20, TAG_MAX, "tags");
        check.texts(f.talkingPoints(), 20, TEXT_MAX, "talkingPoints");
        checkJobs(f.jobs(), check);
        checkObjections(f.objections(), check);
        if (f.rollout() != null) {
            check.percent(f.rollout().sharePercent, "rollout", "sharePercent");
        }
        Long productId = null;
        if (create || f.productSlug() != null) {
            if (check.required(f.productSlug(), InputCheck.SLUG_MAX, "productSlug")) {
                productId = ids.productIds(List.of(f.productSlug())).get(f.productSlug());
                if (productId == null) {
                    check.add(UserErrorCode.NOT_FOUND, "No product has the slug \"" + f.productSlug() + "\".", "productSlug");
                }
            }
        }
        return new CardReferences(productId, segmentLinks(f, check, ids), glossaryTermIds(f.glossaryTermSlugs(), check, ids));
    }

    private static void checkJobs(List<JobStoryInput> jobs, InputCheck check) {
        check.items(jobs, 10, (job, i) -> {
            check.required(job.situation, TEXT_MAX, "jobs", i, "situation");
            check.required(job.motivation, TEXT_MAX, "jobs", i, "motivation");
            check.required(job.outcome, TEXT_MAX, "jobs", i, "outcome");
        }, "jobs");
    }

    private static void checkObjections(List<ObjectionInput> objections, InputCheck check) {
        check.items(objections, 20, (objection, i) -> {
            check.required(objection.objection, OBJECTION_MAX, "objections", i, "objection");
            check.required(objection.answer, ANSWER_MAX, "objections", i, "answer");
        }, "objections");
    }

    private static Set<SegmentLinkValue> segmentLinks(CardFields f, InputCheck check, SlugIds slugIds) {
        if (f.targetSegmentSlugs() == null && f.antiSegmentSlugs() == null) {
            return null;
        }
        List<String> targets = f.targetSegmentSlugs() == null ? List.of() : f.targetSegmentSlugs();
        List<String> antis = f.antiSegmentSlugs() == null ? List.of() : f.antiSegmentSlugs();
        Map<String, Long> ids = slugIds.segmentIds(union(targets, antis));
        Set<SegmentLinkValue> links = new LinkedHashSet<>();
        resolve(targets, ids, SegmentRole.TARGET, "targetSegmentSlugs", links, check);
        resolve(antis, ids, SegmentRole.ANTI, "antiSegmentSlugs", links, check);
        for (int i = 0; i < antis.size(); i++) {
            if (targets.contains(antis.get(i))) {
                check.add(UserErrorCode.INVALID, "Segment \"" + antis.get(i)
                        + "\" cannot be both a target and an anti-segment of the same card.", "antiSegmentSlugs", i);
            }
        }
        return links;
    }

    private static void resolve(List<String> slugs, Map<String, Long> ids, SegmentRole role, String field,
            Set<SegmentLinkValue> links, InputCheck check) {
        check.maxItems(slugs, 20, field);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < slugs.size(); i++) {
            String slug = slugs.get(i);
            Long id = ids.get(slug);
            if (id == null) {
                check.add(UserErrorCode.NOT_FOUND, "No segment has the slug \"" + slug + "\".", field, i);
            } else if (seen.add(slug)) {
                links.add(new SegmentLinkValue(id, role));
            }
        }
    }

    private static Set<Long> glossaryTermIds(List<String> slugs, InputCheck check, SlugIds slugIds) {
        if (slugs == null) {
            return null;
        }
        check.maxItems(slugs, 50, "glossaryTermSlugs");
        Map<String, Long> ids = slugIds.glossaryTermIds(new HashSet<>(slugs));
        Set<Long> result = new LinkedHashSet<>();
        for (int i = 0; i < slugs.size(); i++) {
            Long id = ids.get(slugs.get(i));
            if (id == null) {
                check.add(UserErrorCode.NOT_FOUND, "No glossary term has the slug \"" + slugs.get(i) + "\".", "glossaryTermSlugs", i);
            } else {
                result.add(id);
            }
        }
        return result;
    }

    private static Set<String> union(List<String> a, List<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return all;
    }
}
