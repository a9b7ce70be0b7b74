package com.example.portal.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The Russian sentences: their exact wording for typical cases, and that no sentence ever claims more than its verdict. */
class EvidenceClaimsTest {

    private static final Pattern SIGNIFICANT_WITHOUT_NOT = Pattern.compile("(?<!не )значим");
    private static final Pattern DECIMAL_POINT = Pattern.compile("\\d\\.\\d");
    private static final Pattern HYPHEN_AS_MINUS = Pattern.compile("-\\d");
    private static final Pattern MACHINE_NUMBER = Pattern.compile("NaN|Infinity|\\dE");

    // ---- A/B tests ----

    @Test
    void significantWin() {
        assertThat(EvidenceClaims.abTest(AbTestStatistics.of(1000, 360, 1000, 500))).isEqualTo(
                "Конверсия с функцией — 50% (500 из 1000), без неё — 36% (360 из 1000): разница +14 п.п. "
                        + "(95% ДИ от +9,6 до +18,3 п.п.), или +38,9% к результату без функции. "
                        + "Разница статистически значима (p < 0,001).");
    }

    @Test
    void significantLossSaysTheFeatureMakesItWorse() {
        assertThat(EvidenceClaims.abTest(AbTestStatistics.of(1000, 360, 1000, 300))).isEqualTo(
                "Конверсия с функцией — 30% (300 из 1000), без неё — 36% (360 из 1000): разница −6 п.п. "
                        + "(95% ДИ от −10,1 до −1,8 п.п.), или −16,7% к результату без функции. "
                        + "Разница статистически значима (p = 0,0043): с функцией результат хуже.");
    }

    @Test
    void significantFromZeroHasNoRelativeUplift() {
        assertThat(EvidenceClaims.abTest(AbTestStatistics.of(30, 0, 30, 30))).isEqualTo(
                "Конверсия с функцией — 100% (30 из 30), без неё — 0% (0 из 30): разница +100 п.п. "
                        + "(95% ДИ от +83,9 до +100 п.п.). Разница статистически значима (p < 0,001).");
    }

    @Test
    void notSignificantSaysNoClaimCanBeMade() {
        // 55/400 − 48/400 is exactly 1,75 п.п., shown rounded half up.
        assertThat(EvidenceClaims.abTest(AbTestStatistics.of(400, 48, 400, 55))).isEqualTo(
                "Конверсия с функцией — 13,8% (55 из 400), без неё — 12% (48 из 400): разница +1,8 п.п. "
                        + "(95% ДИ от −3 до +6,5 п.п.) статистически не значима (p = 0,46): "
                        + "утверждать, что функция помогает, нельзя.");
    }

    @Test
    void aPValueUnder5PercentWithAnIntervalOverZeroIsExplainedNotClaimed() {
        assertThat(EvidenceClaims.abTest(AbTestStatistics.of(50, 2, 50, 8))).isEqualTo(
                "Конверсия с функцией — 16% (8 из 50), без неё — 4% (2 из 50): разница +12 п.п. на грани случайности: "
                        + "p = 0,046, но 95% ДИ от −0,2 до +24,9 п.п. включает ноль. "
                        + "Поэтому утверждать, что функция помогает, нельзя.");
    }

    @Test
    void tinyArmsAreTooLittleData() {
        assertThat(EvidenceClaims.abTest(AbTestStatistics.of(20, 3, 20, 5))).isEqualTo(
                "Данных слишком мало для вывода: хотя бы в одной группе меньше 30 участников. "
                        + "Конверсия с функцией — 25% (5 из 20), без неё — 15% (3 из 20). "
                        + "Пока утверждать, что функция помогает, нельзя.");
    }

    @Test
    void noConversionsAreTooLittleData() {
        assertThat(EvidenceClaims.abTest(AbTestStatistics.of(1000, 0, 1000, 0))).isEqualTo(
                "Данных слишком мало для вывода: на обе группы меньше 5 конверсий. "
                        + "Конверсия с функцией — 0% (0 из 1000), без неё — 0% (0 из 1000). "
                        + "Пока утверждать, что функция влияет на результат, нельзя.");
    }

    @Test
    void everyoneConvertingIsTooLittleData() {
        assertThat(EvidenceClaims.abTest(AbTestStatistics.of(1000, 1000, 1000, 998))).startsWith(
                "Данных слишком мало для вывода: конверсия почти у всех: на обе группы меньше 5 участников без конверсии. ");
    }

    @Test
    void noClaimOverStatesItsVerdictOverManyCounts() {
        int checked = 0;
        for (int users : new int[] {10, 20, 30, 50, 100, 400}) {
            int step = Math.max(1, users / 20);
            for (int control = 0; control <= users; control += step) {
                for (int variant = 0; variant <= users; variant += step) {
                    AbTestStatistics s = AbTestStatistics.of(users, control, users, variant);
                    String claim = EvidenceClaims.abTest(s);
                    String context = claim + " [" + s.verdict() + "]";
                    if (s.verdict() == EvidenceVerdict.SIGNIFICANT) {
                        assertThat(claim).as(context).contains("статистически значима").doesNotContain("не значима");
                    } else {
                        assertThat(claim).as(context).doesNotContainPattern(SIGNIFICANT_WITHOUT_NOT).contains("нельзя");
                    }
                    if (s.verdict() == EvidenceVerdict.TOO_LITTLE_DATA) {
                        assertThat(claim).as(context).startsWith("Данных слишком мало для вывода: ").doesNotContain("значим");
                    }
                    assertReadableNumbers(claim);
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(2000);
    }

    // ---- Surveys ----

    @Test
    void surveyShareWithItsInterval() {
        // Wilson 82,563…–94,477…% is shown rounded outwards.
        assertThat(EvidenceClaims.survey(SurveyStatistics.of(100, 90)))
                .isEqualTo("Довольны 90 из 100 опрошенных (90%, 95% ДИ 82,5–94,5%).");
    }

    @Test
    void surveyOfNobodyAndEverybodySatisfied() {
        assertThat(EvidenceClaims.survey(SurveyStatistics.of(50, 0)))
                .isEqualTo("Довольны 0 из 50 опрошенных (0%, 95% ДИ 0–7,2%).");
        assertThat(EvidenceClaims.survey(SurveyStatistics.of(50, 50)))
                .isEqualTo("Довольны 50 из 50 опрошенных (100%, 95% ДИ 92,8–100%).");
    }

    @Test
    void surveyAgreesWithNumbersEndingInOne() {
        assertThat(EvidenceClaims.survey(SurveyStatistics.of(31, 21))).startsWith("Доволен 21 из 31 опрошенного (67,7%");
        assertThat(EvidenceClaims.survey(SurveyStatistics.of(111, 11))).startsWith("Довольны 11 из 111 опрошенных (");
    }

    @Test
    void smallSurveyIsTooLittleData() {
        assertThat(EvidenceClaims.survey(SurveyStatistics.of(8, 5))).isEqualTo(
                "Данных слишком мало для вывода: довольны 5 из 8 опрошенных (62,5%, 95% ДИ 30,5–86,4%), "
                        + "а для оценки доли нужно хотя бы 10 ответов. Это мнения отдельных людей, а не доля всех клиентов.");
    }

    // ---- Pilots ----

    @Test
    void pilotSaysItHasNoControlGroup() {
        assertThat(EvidenceClaims.pilot(new PilotStatistics("Доля пропущенных звонков, %", new BigDecimal("31.00"),
                new BigDecimal("12"), 40))).isEqualTo(
                        "Доля пропущенных звонков, %: было 31, стало 12, изменение −19 (−61,3%), участников пилота: 40. "
                                + "Это пилот без контрольной группы: изменение нельзя приписать только функции.");
    }

    @Test
    void pilotFromZeroWithoutParticipants() {
        assertThat(EvidenceClaims.pilot(new PilotStatistics("Жалобы в неделю", BigDecimal.ZERO, new BigDecimal("2.5"), null)))
                .isEqualTo("Жалобы в неделю: было 0, стало 2,5, изменение +2,5. "
                        + "Это пилот без контрольной группы: изменение нельзя приписать только функции.");
    }

    // ---- Numbers ----

    @Test
    void pValuesNeverSeemToContradictTheVerdict() {
        assertThat(RussianNumbers.pValue(0.00099)).isEqualTo("p < 0,001");
        assertThat(RussianNumbers.pValue(0.001)).isEqualTo("p = 0,001");
        assertThat(RussianNumbers.pValue(0.04550026389635847)).isEqualTo("p = 0,046");
        assertThat(RussianNumbers.pValue(0.0496)).isEqualTo("p = 0,0496");
        assertThat(RussianNumbers.pValue(0.05)).isEqualTo("p = 0,05");
        assertThat(RussianNumbers.pValue(0.0504)).isEqualTo("p = 0,0504");
        assertThat(RussianNumbers.pValue(0.4599446139678004)).isEqualTo("p = 0,46");
        assertThat(RussianNumbers.pValue(1.0)).isEqualTo("p = 1");
    }

    @Test
    void numbersUseADecimalCommaAMinusSignAndNoSignedZero() {
        assertThat(RussianNumbers.number(13.75)).isEqualTo("13,8");
        assertThat(RussianNumbers.number(36.0)).isEqualTo("36");
        assertThat(RussianNumbers.signed(-2.94)).isEqualTo("\u22122,9");
        assertThat(RussianNumbers.signed(-0.04)).isEqualTo("0");
        assertThat(RussianNumbers.signed(new BigDecimal("100.00"))).isEqualTo("+100");
        assertThat(RussianNumbers.signedInterval(new Interval(-0.01, 0.01))).isEqualTo("от \u22120,1 до +0,1");
    }

    private static void assertReadableNumbers(String claim) {
        assertThat(claim).doesNotContainPattern(DECIMAL_POINT).doesNotContainPattern(HYPHEN_AS_MINUS)
                .doesNotContainPattern(MACHINE_NUMBER);
    }
}
