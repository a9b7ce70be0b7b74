package com.example.portal.evidence;

import static com.example.portal.evidence.RussianNumbers.number;
import static com.example.portal.evidence.RussianNumbers.pValue;
import static com.example.portal.evidence.RussianNumbers.percentInterval;
import static com.example.portal.evidence.RussianNumbers.signed;
import static com.example.portal.evidence.RussianNumbers.signedInterval;

import java.util.ArrayList;
import java.util.List;

/**
 * Plain Russian sentences a sales rep can quote, saying no more than the verdict allows: "значима" only for a
 * significant A/B test, and every sentence keeps the counts, so a reader can see how much data there is.
 */
final class EvidenceClaims {

    private EvidenceClaims() {
    }

    static String abTest(AbTestStatistics s) {
        String rates = "Конверсия с функцией — " + number(s.variantRate()) + "% (" + s.variantConversions() + " из "
                + s.variantUsers() + "), без неё — " + number(s.controlRate()) + "% (" + s.controlConversions() + " из "
                + s.controlUsers() + ")";
        String difference = "разница " + signed(s.absoluteUpliftPoints()) + " п.п.";
        String interval = "95% ДИ " + signedInterval(s.differenceInterval()) + " п.п.";
        String cannotClaim = "утверждать, что " + effect(s) + ", нельзя.";
        EvidenceVerdict verdict = s.verdict();
        if (verdict == EvidenceVerdict.TOO_LITTLE_DATA) {
            return "Данных слишком мало для вывода: " + String.join("; ", shortages(s)) + ". " + rates + ". Пока "
                    + cannotClaim;
        }
        if (verdict == EvidenceVerdict.SIGNIFICANT) {
            Double relative = s.relativeUpliftPercent();
            return rates + ": " + difference + " (" + interval + ")"
                    + (relative == null ? "" : ", или " + signed(relative) + "% к результату без функции")
                    + ". Разница статистически значима (" + pValue(s.pValue()) + ")"
                    + (s.direction() < 0 ? ": с функцией результат хуже." : ".");
        }
        if (s.pValue() < AbTestStatistics.ALPHA) {
            // The test alone would pass, the interval does not: say why no claim is made rather than just "не значима".
            return rates + ": " + difference + " на грани случайности: " + pValue(s.pValue()) + ", но " + interval
                    + " включает ноль. Поэтому " + cannotClaim;
        }
        return rates + ": " + difference + " (" + interval + ") статистически не значима (" + pValue(s.pValue())
                + "): " + cannotClaim;
    }

    static String survey(SurveyStatistics s) {
        String share = (endsInOne(s.satisfied()) ? "Доволен " : "Довольны ") + s.satisfied() + " из " + s.respondents()
                + (endsInOne(s.respondents()) ? " опрошенного" : " опрошенных") + " (" + number(s.share()) + "%, 95% ДИ "
                + percentInterval(s.interval()) + ")";
        if (s.verdict() == EvidenceVerdict.TOO_LITTLE_DATA) {
            return "Данных слишком мало для вывода: " + share.substring(0, 1).toLowerCase() + share.substring(1)
                    + ", а для оценки доли нужно хотя бы " + SurveyStatistics.MIN_RESPONDENTS
                    + " ответов. Это мнения отдельных людей, а не доля всех клиентов.";
        }
        return share + ".";
    }

    static String pilot(PilotStatistics s) {
        Double relative = s.relativeChangePercent();
        return s.metric() + ": было " + number(s.before()) + ", стало " + number(s.after()) + ", изменение "
                + signed(s.change()) + (relative == null ? "" : " (" + signed(relative) + "%)")
                + (s.participants() == null ? "" : ", участников пилота: " + s.participants())
                + ". Это пилот без контрольной группы: изменение нельзя приписать только функции.";
    }

    private static String effect(AbTestStatistics s) {
        return switch (s.direction()) {
            case 1 -> "функция помогает";
            case -1 -> "функция ухудшает результат";
            default -> "функция влияет на результат";
        };
    }

    private static List<String> shortages(AbTestStatistics s) {
        List<String> reasons = new ArrayList<>();
        if (s.armTooSmall()) {
            reasons.add("хотя бы в одной группе меньше " + AbTestStatistics.MIN_USERS_PER_ARM + " участников");
        }
        if (s.tooFewConversions()) {
            reasons.add("на обе группы меньше " + AbTestStatistics.MIN_OUTCOMES + " конверсий");
        }
        if (s.tooFewNonConversions()) {
            reasons.add("конверсия почти у всех: на обе группы меньше " + AbTestStatistics.MIN_OUTCOMES
                    + " участников без конверсии");
        }
        return reasons;
    }

    /** Russian agrees a noun or verb with 1, 21, 31… in the singular ("доволен 21"), but not with 11. */
    private static boolean endsInOne(int n) {
        return n % 10 == 1 && n % 100 != 11;
    }
}
