package com.example.portal.evidence;

/** The satisfied share of a survey or interviews, in percent, with its 95% Wilson score interval. */
record SurveyStatistics(int respondents, int satisfied, Interval interval) {

    /** Fewer answers than this are individual opinions, not a share. */
    static final int MIN_RESPONDENTS = 10;

    static SurveyStatistics of(int respondents, int satisfied) {
        if (respondents < 1 || satisfied < 0 || satisfied > respondents) {
            throw new IllegalArgumentException("A survey needs respondents ≥ 1 and 0 ≤ satisfied ≤ respondents; got "
                    + satisfied + " of " + respondents + ".");
        }
        return new SurveyStatistics(respondents, satisfied, ScoreIntervals.wilson(satisfied, respondents).times(100));
    }

    double share() {
        return 100.0 * satisfied / respondents;
    }

    EvidenceVerdict verdict() {
        return respondents < MIN_RESPONDENTS ? EvidenceVerdict.TOO_LITTLE_DATA : EvidenceVerdict.ESTIMATE;
    }

    String method() {
        return "Satisfied share with a 95% Wilson score interval.";
    }
}
