package com.example.portal.evidence;

import com.example.portal.evidence.api.ConfidenceInterval;
import com.example.portal.evidence.api.EvidenceStatistics;

/** The statistics of each kind of evidence as the one GraphQL type, with the claim written for it. */
final class StatisticsMapping {

    private StatisticsMapping() {
    }

    static EvidenceStatistics abTest(AbTestStatistics s) {
        EvidenceStatistics api = common(s.verdict(), EvidenceClaims.abTest(s), s.method());
        api.controlRate = s.controlRate();
        api.variantRate = s.variantRate();
        api.absoluteUpliftPoints = s.absoluteUpliftPoints();
        api.relativeUpliftPercent = s.relativeUpliftPercent();
        api.differenceInterval = interval(s.differenceInterval());
        api.pValue = s.pValue();
        return api;
    }

    static EvidenceStatistics survey(SurveyStatistics s) {
        EvidenceStatistics api = common(s.verdict(), EvidenceClaims.survey(s), s.method());
        api.satisfiedShare = s.share();
        api.interval = interval(s.interval());
        return api;
    }

    static EvidenceStatistics pilot(PilotStatistics s) {
        EvidenceStatistics api = common(s.verdict(), EvidenceClaims.pilot(s), s.method());
        api.change = s.change();
        api.relativeChangePercent = s.relativeChangePercent();
        return api;
    }

    private static EvidenceStatistics common(EvidenceVerdict verdict, String claim, String method) {
        EvidenceStatistics api = new EvidenceStatistics();
        api.verdict = verdict;
        api.claim = claim;
        api.method = method;
        return api;
    }

    private static ConfidenceInterval interval(Interval interval) {
        return new ConfidenceInterval(interval.low(), interval.high());
    }
}
