package com.salaryguide.gateway.offer;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import com.salaryguide.gateway.advice.AdviceGuide;
import com.salaryguide.gateway.figures.FigureStatus;
import com.salaryguide.gateway.figures.Percentile;
import com.salaryguide.gateway.figures.Range;
import com.salaryguide.gateway.offer.OfferEvaluator.AreaMean;
import com.salaryguide.gateway.offer.OfferEvaluator.Classification;
import com.salaryguide.gateway.offer.OfferEvaluator.Evaluation;
import org.junit.jupiter.api.Test;

class OfferEvaluatorTest {

    static List<Percentile> distribution(int... annual) {
        int[] ranks = {10, 25, 50, 75, 90};
        List<Percentile> list = new java.util.ArrayList<>();
        for (int i = 0; i < ranks.length; i++) {
            list.add(new Percentile(ranks[i], annual[i], BigDecimal.valueOf(annual[i]).divide(BigDecimal.valueOf(2080),
                    2, java.math.RoundingMode.HALF_UP), FigureStatus.REPORTED, FigureStatus.REPORTED));
        }
        return list;
    }

    static final Classification DATA_SCIENTISTS = new Classification("15-2051", "Data Scientists", "baseline",
            distribution(63650, 82630, 112590, 155810, 194410), List.of(1, 3));
    static final Classification SOFTWARE_DEVELOPERS = new Classification("15-1252", "Software Developers",
            "upper-bound", distribution(79850, 103050, 133080, 169000, 211450), List.of(4, 5));
    static final List<AdviceGuide.ExperienceLevel> LEVELS = List.of(
            level("entry", "Entry-Level ML Engineer", 0, 2, 100000, 130000, List.of(3)),
            level("mid", "Mid-Level ML Engineer", 3, 5, 130000, 170000, List.of(5)),
            level("senior", "Senior ML Engineer", 6, 10, 170000, 220000, List.of(5)),
            level("staff", "Staff/Principal ML Engineer", 10, null, 220000, 300000, List.of()));
    static final AreaMean CALIFORNIA = new AreaMean("CA", "California", 158400, "guide", null, 2026, List.of(6));

    static AdviceGuide.ExperienceLevel level(String level, String title, int min, Integer max, long low, long high,
                                             List<Integer> sources) {
        return new AdviceGuide.ExperienceLevel(level, title, min, max, Range.of(low, high), null, null, null, "",
                sources);
    }

    @Test
    void evaluatesTheContractExample() {
        Evaluation e = OfferEvaluator.evaluate(150_000, 4, List.of(DATA_SCIENTISTS, SOFTWARE_DEVELOPERS), LEVELS,
                CALIFORNIA, null);
        assertThat(e.classifications().get(0).percentileRank()).isEqualByComparingTo("71.6");
        assertThat(e.classifications().get(1).percentileRank()).isEqualByComparingTo("61.8");
        assertThat(e.experienceLevel().level()).isEqualTo("mid");
        assertThat(e.experienceLevel().baseSalary()).isEqualTo(Range.of(130000, 170000));
        assertThat(e.experienceLevel().position()).isEqualTo("within");
        // 150000 / 158400 = 0.94696...
        assertThat(e.location().ratioToMean()).isEqualByComparingTo("0.947");
        assertThat(e.location().basis()).isEqualTo("guide");
        // max(150000 * 1.05, (130000 + 170000) / 2) = 157500 -> 158000; max(170000, 158000 * 1.05 = 165900) = 170000
        assertThat(e.suggestedCounter()).isEqualTo(Range.of(158000, 170000));
    }

    @Test
    void everyTalkingPointQuotesItsFigureAndCitesItsSource() {
        Evaluation e = OfferEvaluator.evaluate(150_000, 4, List.of(DATA_SCIENTISTS, SOFTWARE_DEVELOPERS), LEVELS,
                CALIFORNIA, null);
        assertThat(e.talkingPoints()).containsExactly(
                "The offer of $150,000 sits at the 71.6th percentile for Data Scientists (SOC 15-2051), whose median is $112,590. [1][3]",
                "The offer of $150,000 sits at the 61.8th percentile for Software Developers (SOC 15-1252), whose median is $133,080. [4][5]",
                "Mid-Level ML Engineer base salaries (3-5 years) run $130,000-$170,000; the offer is within that range. [5]",
                "The guide's annual mean wage in California is $158,400; the offer is 94.7% of it. [6]",
                "A counter of $158,000-$170,000 stays anchored to the Mid-Level ML Engineer band, which tops out at $170,000. [5]");
    }

    @Test
    void withoutYearsTheCounterIsTheNextPercentileBandAboveTheOfferInTheUpperBoundClassification() {
        // 150000 lies between the software developer median (133,080) and 75th (169,000): next band 75th-90th
        Evaluation e = OfferEvaluator.evaluate(150_000, null, List.of(DATA_SCIENTISTS, SOFTWARE_DEVELOPERS), LEVELS,
                null, null);
        assertThat(e.experienceLevel()).isNull();
        assertThat(e.location()).isNull();
        assertThat(e.suggestedCounter()).isEqualTo(Range.of(169000, 211000));
        assertThat(e.talkingPoints()).last().isEqualTo("A counter of $169,000-$211,000 is the 75th-90th percentile"
                + " band for Software Developers (SOC 15-1252), the next published figures above the offer. [4][5]");
    }

    @Test
    void anOfferAboveEveryBandGetsNoInventedCounter() {
        Evaluation e = OfferEvaluator.evaluate(400_000, 1, List.of(DATA_SCIENTISTS, SOFTWARE_DEVELOPERS), LEVELS,
                null, null);
        assertThat(e.experienceLevel().position()).isEqualTo("above");
        assertThat(e.suggestedCounter()).isNull();
        assertThat(e.talkingPoints()).contains("The offer already reaches the top of the Entry-Level ML Engineer band"
                + " ($130,000), so the guide's figures give no higher counter. [3]");
        assertThat(e.talkingPoints()).noneMatch(point -> point.contains("$420,000"));
        assertThat(OfferEvaluator.evaluate(400_000, null, List.of(DATA_SCIENTISTS, SOFTWARE_DEVELOPERS), LEVELS,
                null, null).suggestedCounter()).isNull();
    }

    @Test
    void ordinalsReadRight() {
        assertThat(OfferWording.ordinal(new BigDecimal("86.3"))).isEqualTo("86.3rd");
        assertThat(OfferWording.ordinal(new BigDecimal("61.1"))).isEqualTo("61.1st");
        assertThat(OfferWording.ordinal(new BigDecimal("62.2"))).isEqualTo("62.2nd");
        assertThat(OfferWording.ordinal(new BigDecimal("71.6"))).isEqualTo("71.6th");
        assertThat(OfferWording.ordinal(new BigDecimal("11.0"))).isEqualTo("11th");
        assertThat(OfferWording.ordinal(new BigDecimal("12.0"))).isEqualTo("12th");
        assertThat(OfferWording.ordinal(new BigDecimal("21.0"))).isEqualTo("21st");
        assertThat(OfferWording.ordinal(90)).isEqualTo("90th");
        // 190000 against 15-2051: 75 + 15 * (190000 - 155810) / (194410 - 155810) = 88.28... -> 88.3rd
        Evaluation e = OfferEvaluator.evaluate(190_000, null, List.of(DATA_SCIENTISTS), List.of(), null, null);
        assertThat(e.talkingPoints().get(0)).contains("at the 88.3rd percentile");
    }

    @Test
    void overlappingLevelsTakeTheFirstAndOpenEndedLevelsCoverAnyLaterYear() {
        assertThat(OfferEvaluator.evaluate(180_000, 10, List.of(), LEVELS, null, null).experienceLevel().level())
                .isEqualTo("senior");
        assertThat(OfferEvaluator.evaluate(180_000, 35, List.of(), LEVELS, null, null).experienceLevel().level())
                .isEqualTo("staff");
    }

    @Test
    void describesOffersOutsideThePublishedPercentiles() {
        Evaluation e = OfferEvaluator.evaluate(50_000, null, List.of(DATA_SCIENTISTS), List.of(), null, null);
        assertThat(e.classifications().get(0).percentileRank()).isNull();
        assertThat(e.classifications().get(0).position()).isEqualTo("below");
        assertThat(e.talkingPoints().get(0)).isEqualTo("The offer of $50,000 is below the 10th percentile for Data"
                + " Scientists (SOC 15-2051), $63,650. [1][3]");
    }

    @Test
    void honoursATopCodedNinetiethPercentileInsteadOfMakingUpARank() {
        List<Percentile> capped = new java.util.ArrayList<>(distribution(100000, 140000, 180000, 220000, 239200));
        capped.set(4, new Percentile(90, 239200, new BigDecimal("115.00"), FigureStatus.TOP_CODED,
                FigureStatus.TOP_CODED));
        Classification surgeons = new Classification("29-1248", "Surgeons", "baseline", capped, List.of());
        Evaluation e = OfferEvaluator.evaluate(250_000, null, List.of(surgeons), List.of(), null, null);
        assertThat(e.classifications().get(0).percentileRank()).isNull();
        assertThat(e.classifications().get(0).atOrAbovePercentile()).isEqualTo(90);
        assertThat(e.talkingPoints().get(0)).isEqualTo("The offer of $250,000 is at or above the 90th percentile for"
                + " Surgeons (SOC 29-1248), which BLS publishes only as at least $239,200.");
        // the 90th is only a lower bound, so nothing above the 75th can be offered as a counter with a top
        assertThat(OfferEvaluator.evaluate(200_000, null, List.of(surgeons), List.of(), null, null)
                .suggestedCounter()).isEqualTo(new Range(220000L, null, 239000L));
    }

    @Test
    void aStateWithoutAGuideFigureFallsBackToBlsOrSaysNoneExists() {
        AreaMean oregon = new AreaMean("OR", "Oregon", 128000, "bls-oews", "15-1252", 2024, List.of());
        Evaluation e = OfferEvaluator.evaluate(150_000, null, List.of(DATA_SCIENTISTS, SOFTWARE_DEVELOPERS), List.of(),
                oregon, null);
        assertThat(e.location().basis()).isEqualTo("bls-oews");
        assertThat(e.location().ratioToMean()).isEqualByComparingTo("1.172");
        assertThat(e.talkingPoints()).contains("The guide has no figure for Oregon; BLS puts the annual mean wage of"
                + " Software Developers (SOC 15-1252) there at $128,000 (May 2024 estimates); the offer is 117.2% of it.");
        AreaMean guam = new AreaMean("GU", "Guam", null, "none", null, null, List.of());
        Evaluation none = OfferEvaluator.evaluate(150_000, null, List.of(), List.of(), guam, null);
        assertThat(none.location().ratioToMean()).isNull();
        assertThat(none.talkingPoints()).containsExactly(
                "Neither the guide nor the imported BLS data has a wage figure for Guam.");
    }

    @Test
    void roundsCounterAmountsHalfUpToTheThousand() {
        assertThat(CounterRange.roundToThousand(new BigDecimal("157500"))).isEqualTo(158000);
        assertThat(CounterRange.roundToThousand(new BigDecimal("157499.99"))).isEqualTo(157000);
    }

    @Test
    void writesWholeDollarsWithUsThousandsSeparators() {
        assertThat(OfferWording.money(0)).isEqualTo("$0");
        assertThat(OfferWording.money(999)).isEqualTo("$999");
        assertThat(OfferWording.money(1000)).isEqualTo("$1,000");
        assertThat(OfferWording.money(150_000L)).isEqualTo("$150,000");
        assertThat(OfferWording.money(1_234_567L)).isEqualTo("$1,234,567");
        assertThat(OfferWording.money(-1_500)).isEqualTo("$-1,500");
    }
}
