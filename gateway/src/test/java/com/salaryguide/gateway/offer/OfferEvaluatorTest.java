package com.salaryguide.gateway.offer;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import com.salaryguide.gateway.offer.OfferEvaluator.AreaMean;
import com.salaryguide.gateway.offer.OfferEvaluator.Evaluation;
import com.salaryguide.gateway.offer.OfferEvaluator.Level;
import com.salaryguide.gateway.offer.OfferEvaluator.Range;
import com.salaryguide.gateway.offer.OfferEvaluator.Standing;
import org.junit.jupiter.api.Test;

class OfferEvaluatorTest {

    private static final Standing DATA_SCIENTISTS = new Standing("15-2051", "Data Scientists", "baseline",
            new BigDecimal("71.6"), "within", 63650, 112590, 155810, 194410, List.of(1, 3));
    private static final Standing SOFTWARE_DEVELOPERS = new Standing("15-1252", "Software Developers", "upper-bound",
            new BigDecimal("61.8"), "within", 79850, 133080, 169000, 211450, List.of(4, 5));
    private static final List<Level> LEVELS = List.of(
            new Level("entry", "Entry-Level ML Engineer", 0, 2, 100000L, 130000L, List.of(3)),
            new Level("mid", "Mid-Level ML Engineer", 3, 5, 130000L, 170000L, List.of(5)),
            new Level("senior", "Senior ML Engineer", 6, 10, 170000L, 220000L, List.of(5)),
            new Level("staff", "Staff/Principal ML Engineer", 10, null, 220000L, 300000L, List.of()));
    private static final AreaMean CALIFORNIA = new AreaMean("CA", "California", 158400, List.of(6));

    @Test
    void evaluatesTheContractExample() {
        Evaluation e = OfferEvaluator.evaluate(150_000, 4, List.of(DATA_SCIENTISTS, SOFTWARE_DEVELOPERS), LEVELS,
                CALIFORNIA, null);
        assertThat(e.classifications().get(0).percentileRank()).isEqualByComparingTo("71.6");
        assertThat(e.experienceLevel().level()).isEqualTo("mid");
        assertThat(e.experienceLevel().baseSalary()).isEqualTo(new Range(130000L, 170000L));
        assertThat(e.experienceLevel().position()).isEqualTo("within");
        // 150000 / 158400 = 0.94696...
        assertThat(e.location().ratioToMean()).isEqualByComparingTo("0.947");
        assertThat(e.location().annualMeanWage()).isEqualTo(158400);
        // max(150000 * 1.05, (130000 + 170000) / 2) = 157500 -> 158000; max(170000, 158000 * 1.05 = 165900) = 170000
        assertThat(e.suggestedCounter()).isEqualTo(new Range(158000L, 170000L));
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
    void withoutYearsTheCounterIsAnchoredToTheUpperBoundClassification() {
        Evaluation e = OfferEvaluator.evaluate(150_000, null, List.of(DATA_SCIENTISTS, SOFTWARE_DEVELOPERS), LEVELS,
                null, null);
        assertThat(e.experienceLevel()).isNull();
        assertThat(e.location()).isNull();
        // max(157500, (133080 + 169000) / 2 = 151040) -> 158000 ; max(169000, 165900 -> 166000) = 169000
        assertThat(e.suggestedCounter()).isEqualTo(new Range(158000L, 169000L));
        assertThat(e.talkingPoints()).last().asString()
                .isEqualTo("A counter of $158,000-$169,000 is anchored to the Software Developers (SOC 15-1252)"
                        + " median of $133,080 and 75th percentile of $169,000. [4][5]");
    }

    @Test
    void anOfferAboveItsBandStillGetsACounterAboveTheOffer() {
        Evaluation e = OfferEvaluator.evaluate(200_000, 1, List.of(), LEVELS, null, null);
        assertThat(e.experienceLevel().position()).isEqualTo("above");
        // 200000 * 1.05 = 210000 ; max(130000, 220500 -> 221000)
        assertThat(e.suggestedCounter()).isEqualTo(new Range(210000L, 221000L));
    }

    @Test
    void overlappingLevelsTakeTheFirstAndOpenEndedLevelsCoverAnyLaterYear() {
        assertThat(OfferEvaluator.evaluate(180_000, 10, List.of(), LEVELS, null, null).experienceLevel().level())
                .isEqualTo("senior");
        assertThat(OfferEvaluator.evaluate(180_000, 35, List.of(), LEVELS, null, null).experienceLevel())
                .satisfies(l -> {
                    assertThat(l.level()).isEqualTo("staff");
                    assertThat(l.position()).isEqualTo("below");
                });
    }

    @Test
    void describesOffersOutsideThePublishedPercentiles() {
        Standing below = new Standing("15-2051", "Data Scientists", "baseline", null, "below", 63650, 112590, 155810,
                194410, List.of(1, 3));
        Evaluation e = OfferEvaluator.evaluate(50_000, null, List.of(below), List.of(), null, null);
        assertThat(e.classifications().get(0).percentileRank()).isNull();
        assertThat(e.talkingPoints().get(0))
                .isEqualTo("The offer of $50,000 is below the 10th percentile for Data Scientists (SOC 15-2051), $63,650. [1][3]");
    }

    @Test
    void aStateWithoutAGuideFigureHasNoRatio() {
        Evaluation e = OfferEvaluator.evaluate(150_000, null, List.of(), List.of(),
                new AreaMean("OH", "Ohio", null, List.of()), null);
        assertThat(e.location().state()).isEqualTo("OH");
        assertThat(e.location().ratioToMean()).isNull();
        assertThat(e.suggestedCounter()).isNull();
    }

    @Test
    void roundsCounterAmountsHalfUpToTheThousand() {
        assertThat(OfferEvaluator.roundToThousand(new BigDecimal("157500"))).isEqualTo(158000);
        assertThat(OfferEvaluator.roundToThousand(new BigDecimal("157499.99"))).isEqualTo(157000);
    }

    @Test
    void writesWholeDollarsWithUsThousandsSeparators() {
        assertThat(OfferEvaluator.money(0)).isEqualTo("$0");
        assertThat(OfferEvaluator.money(999)).isEqualTo("$999");
        assertThat(OfferEvaluator.money(1000)).isEqualTo("$1,000");
        assertThat(OfferEvaluator.money(150_000L)).isEqualTo("$150,000");
        assertThat(OfferEvaluator.money(1_234_567L)).isEqualTo("$1,234,567");
        assertThat(OfferEvaluator.money(-1_500)).isEqualTo("$-1,500");
    }
}
