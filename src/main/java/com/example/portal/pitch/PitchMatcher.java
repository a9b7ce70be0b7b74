package com.example.portal.pitch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Decides which published cards to offer a client and ranks them. Plain Java, so the rules are unit-tested.
 *
 * <p>Ranking: a card's fit is the score of its best target segment, where a criterion the client meets counts 1,
 * one the profile cannot decide (unknown) counts 0.25, and one the client fails rules that segment out. The fit is
 * halved when the client may belong to an anti-segment (no anti-segment criterion failed, some unknown). Ties go
 * to the card whose best segment has more criteria met, then by title.
 */
public final class PitchMatcher {

    public static final String RANKING = "Fit is the best target segment's share of criteria met, where a criterion the "
            + "profile cannot decide counts a quarter and one the client fails rules that segment out; it is halved when "
            + "the client may belong to an anti-segment. Excluded: cards for products the client already has, cards whose "
            + "anti-segment the client matches, cards whose every target segment is ruled out, cards without a target segment.";

    private PitchMatcher() {
    }

    public static List<PitchDecision> decide(List<CardView> cards, ClientProfile client) {
        List<PitchDecision> decisions = new ArrayList<>();
        for (CardView card : cards) {
            decisions.add(decide(card, client));
        }
        decisions.sort(Comparator.comparing(PitchDecision::offered).reversed()
                .thenComparing(Comparator.comparingDouble(PitchDecision::fit).reversed())
                .thenComparing(d -> d.best() == null ? 0 : -d.best().met())
                .thenComparing(d -> d.card().title()));
        return decisions;
    }

    static PitchDecision decide(CardView card, ClientProfile client) {
        List<SegmentFit> antis = card.antiSegments().stream().map(s -> SegmentMatcher.fit(s, client)).toList();
        List<SegmentFit> targets = card.targets().stream().map(s -> SegmentMatcher.fit(s, client)).toList();
        if (client.productsOwned() != null && client.productsOwned().contains(card.productSlug())) {
            return excluded(card, targets, antis, ExclusionReason.ALREADY_OWNS_PRODUCT,
                    "У клиента уже есть продукт «" + card.productName() + "».");
        }
        for (SegmentFit anti : antis) {
            if (anti.status() == SegmentFitStatus.MATCH) {
                return excluded(card, targets, antis, ExclusionReason.ANTI_SEGMENT,
                        "Клиент попадает в сегмент «" + anti.segment().name() + "», которому это не предлагают.");
            }
        }
        if (targets.isEmpty()) {
            return excluded(card, targets, antis, ExclusionReason.NO_AUDIENCE, "В карточке не указано, кому её предлагать.");
        }
        SegmentFit best = targets.stream().filter(t -> t.status() != SegmentFitStatus.RULED_OUT)
                .max(Comparator.comparingDouble(SegmentFit::score).thenComparingLong(SegmentFit::met)).orElse(null);
        if (best == null) {
            return excluded(card, targets, antis, ExclusionReason.NO_SEGMENT_FITS,
                    "Не подходит ни один целевой сегмент: " + String.join("; ", targets.stream().map(PitchMatcher::firstFailure).toList())
                            + ".");
        }
        List<String> warnings = new ArrayList<>();
        for (SegmentFit anti : antis) {
            if (anti.status() == SegmentFitStatus.POSSIBLE) {
                warnings.add("Уточните у клиента: он может попадать в сегмент «" + anti.segment().name()
                        + "», которому это не предлагают. Не хватает данных: " + unknowns(anti) + ".");
            }
        }
        if (best.status() == SegmentFitStatus.POSSIBLE) {
            warnings.add("Не хватает данных, чтобы проверить: " + unknowns(best) + ".");
        }
        List<SegmentFit> possibleAntis = antis.stream().filter(a -> a.status() == SegmentFitStatus.POSSIBLE).toList();
        double fit = possibleAntis.isEmpty() ? best.score() : best.score() / 2;
        PitchVerdict verdict = best.status() == SegmentFitStatus.MATCH && possibleAntis.isEmpty() ? PitchVerdict.FITS
                : PitchVerdict.ASK_CLIENT;
        List<String> questions = Stream.concat(Stream.of(best), possibleAntis.stream())
                .flatMap(f -> f.criteria().stream()).filter(c -> c.status() == CriterionStatus.UNKNOWN)
                .map(CriterionCheck::question).distinct().toList();
        return new PitchDecision(card, fit, best, targets, antis, warnings, verdict, reason(best, possibleAntis), questions,
                null, null);
    }

    /** One line of plain Russian: which segment the client is in, or how much is known and that the rest is to ask. */
    static String reason(SegmentFit best, List<SegmentFit> possibleAntis) {
        String segment = "«" + best.segment().name() + "»";
        if (best.status() == SegmentFitStatus.POSSIBLE) {
            int all = best.criteria().size();
            return "Может подойти: сегмент " + segment + ", совпало " + best.met() + " из " + all
                    + (all % 10 == 1 && all % 100 != 11 ? " признака" : " признаков") + ", остальное спросите у клиента.";
        }
        String met = best.criteria().isEmpty() ? "сегмент без ограничений"
                : String.join(", ", best.criteria().stream().map(c -> lowerFirst(c.criterion())).toList());
        if (!possibleAntis.isEmpty()) {
            return "Клиент из сегмента " + segment + " (" + met + "), но может попасть в сегмент «"
                    + possibleAntis.get(0).segment().name() + "», которому это не предлагают: уточните.";
        }
        return "Клиент из сегмента " + segment + ": " + met + ".";
    }

    private static PitchDecision excluded(CardView card, List<SegmentFit> targets, List<SegmentFit> antis, ExclusionReason reason,
            String explanation) {
        return new PitchDecision(card, 0, null, targets, antis, List.of(), null, null, List.of(), reason, explanation);
    }

    private static String firstFailure(SegmentFit fit) {
        CriterionCheck failed = fit.criteria().stream().filter(c -> c.status() == CriterionStatus.NOT_MET).findFirst().orElseThrow();
        return "«" + fit.segment().name() + "» — " + lowerFirst(failed.criterion())
                + (failed.clientValue() == null ? "" : " (у клиента: " + failed.clientValue() + ")");
    }

    private static String unknowns(SegmentFit fit) {
        return String.join(", ", fit.criteria().stream().filter(c -> c.status() == CriterionStatus.UNKNOWN)
                .map(c -> lowerFirst(c.criterion())).toList());
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
