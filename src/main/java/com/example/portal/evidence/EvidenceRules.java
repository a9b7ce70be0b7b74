package com.example.portal.evidence;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.example.portal.evidence.api.AbTestInput;
import com.example.portal.evidence.api.EvidenceStatistics;
import com.example.portal.evidence.api.PilotInput;
import com.example.portal.evidence.api.SurveyInput;
import com.example.portal.graphql.InputCheck;
import com.example.portal.graphql.UserErrorCode;

/** Validation of evidence fields, and the sample size and statistics of the figures (EvidenceMapper maps them); plain Java. */
final class EvidenceRules {

    static final int TITLE_MAX = 200;
    static final int CONCLUSION_MAX = 5000;
    static final int METRIC_MAX = 200;
    /** The pilot_before and pilot_after columns: numeric(18, 4). */
    static final int PILOT_PRECISION = 18;
    static final int PILOT_SCALE = 4;

    private EvidenceRules() {
    }

    /** The block of the evidence's kind must be given and the others absent; counts must be consistent. */
    static void checkBlocks(EvidenceKind kind, AbTestInput abTest, SurveyInput survey, PilotInput pilot, InputCheck check) {
        if (kind == null) {
            return;
        }
        requireBlock(kind == EvidenceKind.AB_TEST, abTest != null, "abTest", kind, check);
        requireBlock(kind == EvidenceKind.SURVEY || kind == EvidenceKind.INTERVIEW, survey != null, "survey", kind, check);
        requireBlock(kind == EvidenceKind.PILOT, pilot != null, "pilot", kind, check);
        if (abTest != null) {
            arm(abTest.controlUsers, abTest.controlConversions, "controlUsers", "controlConversions", check);
            arm(abTest.variantUsers, abTest.variantConversions, "variantUsers", "variantConversions", check);
        }
        if (survey != null) {
            arm(survey.respondents, survey.satisfied, "respondents", "satisfied", check, "survey");
        }
        if (pilot != null) {
            check.required(pilot.metric, METRIC_MAX, "pilot", "metric");
            check.fitsNumeric(pilot.before, PILOT_PRECISION, PILOT_SCALE, "pilot", "before");
            check.fitsNumeric(pilot.after, PILOT_PRECISION, PILOT_SCALE, "pilot", "after");
            if (pilot.participants != null && pilot.participants < 1) {
                check.add(UserErrorCode.INVALID, "Participants must be 1 or more; got " + pilot.participants + ".", "pilot",
                        "participants");
            }
        }
    }

    static void checkDate(LocalDate conductedOn, boolean required, InputCheck check) {
        if (conductedOn == null && required) {
            check.add(UserErrorCode.REQUIRED, "Required: the date the test or research was conducted.", "conductedOn");
        } else if (conductedOn != null && conductedOn.isAfter(LocalDate.now().plusDays(1))) {
            check.add(UserErrorCode.INVALID, "Evidence cannot be dated in the future; got " + conductedOn + ".", "conductedOn");
        }
    }

    private static void requireBlock(boolean wanted, boolean given, String block, EvidenceKind kind, InputCheck check) {
        if (wanted && !given) {
            check.add(UserErrorCode.REQUIRED, "Evidence of kind " + kind + " needs \"" + block + "\".", block);
        } else if (!wanted && given) {
            check.add(UserErrorCode.INVALID, "Evidence of kind " + kind + " cannot have \"" + block + "\"; leave it out.", block);
        }
    }

    private static void arm(Integer users, Integer conversions, String usersField, String conversionsField, InputCheck check) {
        arm(users, conversions, usersField, conversionsField, check, "abTest");
    }

    private static void arm(Integer total, Integer part, String totalField, String partField, InputCheck check, String block) {
        if (total == null) {
            check.add(UserErrorCode.REQUIRED, "Required: a whole number, 1 or more.", block, totalField);
        } else if (total < 1) {
            check.add(UserErrorCode.INVALID, "Must be 1 or more; got " + total + ".", block, totalField);
        }
        if (part == null) {
            check.add(UserErrorCode.REQUIRED, "Required: a whole number from 0 to " + totalField + ".", block, partField);
        } else if (part < 0) {
            check.add(UserErrorCode.INVALID, "Must be 0 or more; got " + part + ".", block, partField);
        } else if (total != null && part > total) {
            check.add(UserErrorCode.INVALID, partField + " (" + part + ") cannot exceed " + totalField + " (" + total + ").",
                    block, partField);
        }
    }

    static void apply(EvidenceKind kind, AbTestInput abTest, SurveyInput survey, PilotInput pilot, EvidenceEntity e) {
        if (kind == null) {
            return;
        }
        e.kind = kind;
        e.controlUsers = abTest == null ? null : abTest.controlUsers;
        e.controlConversions = abTest == null ? null : abTest.controlConversions;
        e.variantUsers = abTest == null ? null : abTest.variantUsers;
        e.variantConversions = abTest == null ? null : abTest.variantConversions;
        e.respondents = survey == null ? null : survey.respondents;
        e.satisfied = survey == null ? null : survey.satisfied;
        e.pilotMetric = pilot == null ? null : pilot.metric.strip();
        e.pilotBefore = pilot == null ? null : scaled(InputCheck.rounded(pilot.before, PILOT_SCALE), e.pilotBefore);
        e.pilotAfter = pilot == null ? null : scaled(InputCheck.rounded(pilot.after, PILOT_SCALE), e.pilotAfter);
        e.pilotParticipants = pilot == null ? null : pilot.participants;
    }

    /** Keeps the stored value when numerically equal, so an unchanged import is not a change. */
    private static BigDecimal scaled(BigDecimal wanted, BigDecimal stored) {
        return stored != null && wanted != null && stored.compareTo(wanted) == 0 ? stored : wanted;
    }

    /** How many users, respondents or participants the figures rest on (0 when a pilot does not say). */
    static int sampleSize(EvidenceEntity e) {
        return switch (e.kind) {
            case AB_TEST -> e.controlUsers + e.variantUsers;
            case SURVEY, INTERVIEW -> e.respondents;
            case PILOT -> e.pilotParticipants == null ? 0 : e.pilotParticipants;
        };
    }

    /** The statistics and claim of the figures; the same for stored evidence and for a preview of unsaved figures. */
    static EvidenceStatistics statistics(EvidenceEntity e) {
        return switch (e.kind) {
            case AB_TEST -> StatisticsMapping.abTest(
                    AbTestStatistics.of(e.controlUsers, e.controlConversions, e.variantUsers, e.variantConversions));
            case SURVEY, INTERVIEW -> StatisticsMapping.survey(SurveyStatistics.of(e.respondents, e.satisfied));
            case PILOT -> StatisticsMapping.pilot(new PilotStatistics(e.pilotMetric, e.pilotBefore, e.pilotAfter, e.pilotParticipants));
        };
    }
}
