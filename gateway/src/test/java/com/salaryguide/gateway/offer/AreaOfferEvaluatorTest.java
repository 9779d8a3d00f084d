package com.salaryguide.gateway.offer;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import com.salaryguide.gateway.figures.FigureStatus;
import com.salaryguide.gateway.figures.Percentile;
import com.salaryguide.gateway.figures.Range;
import com.salaryguide.gateway.geography.Area;
import com.salaryguide.gateway.offer.AreaOfferEvaluator.Distribution;
import com.salaryguide.gateway.offer.AreaOfferEvaluator.Result;
import org.junit.jupiter.api.Test;

class AreaOfferEvaluatorTest {

    static final Area AUSTIN = new Area("12420", "metro", "Austin-Round Rock-San Marcos, TX", "TX");
    static final Distribution AUSTIN_DEVELOPERS = new Distribution(AUSTIN, 2024,
            OfferEvaluatorTest.distribution(90000, 115000, 142000, 175000, 210000));
    static final Distribution NATIONAL_DEVELOPERS = new Distribution(Area.NATION, 2024,
            OfferEvaluatorTest.distribution(79850, 103050, 133080, 169000, 211450));

    @Test
    void ranksTheOfferInTheAreaAndNationallyAndCountersFromTheNextBandUp() {
        Result r = AreaOfferEvaluator.evaluate("Software Developers", 150_000, 15_000, 40_000, 20_000,
                AUSTIN_DEVELOPERS, NATIONAL_DEVELOPERS);
        // 50 + 25 * (150000 - 142000) / (175000 - 142000) = 56.06 -> 56.1
        assertThat(r.inArea().percentileRank()).isEqualByComparingTo("56.1");
        assertThat(r.inArea().areaCode()).isEqualTo("12420");
        // 50 + 25 * (150000 - 133080) / (169000 - 133080) = 61.78 -> 61.8
        assertThat(r.national().percentileRank()).isEqualByComparingTo("61.8");
        assertThat(r.counter().range()).isEqualTo(Range.of(175000, 210000));
        assertThat(r.counterBasis().areaCode()).isEqualTo("12420");
        assertThat(r.counterBasis().fromPercentile()).isEqualTo(75);
        assertThat(r.counterBasis().toPercentile()).isEqualTo(90);
        // 150000 + 15000 + 40000 + 20000 / 4
        assertThat(r.totalCompensation().total()).isEqualTo(210_000);
        assertThat(r.totalCompensation().signingBonusPerYear()).isEqualTo(5_000);
        assertThat(r.talkingPoints()).containsExactly(
                "$150,000 sits at the 56.1st percentile for Software Developers in Austin-Round Rock-San Marcos, TX,"
                        + " whose median is $142,000 (BLS OEWS, May 2024 estimates).",
                "$150,000 sits at the 61.8th percentile for Software Developers nationally, whose median is $133,080"
                        + " (BLS OEWS, May 2024 estimates).",
                "A counter of $175,000-$210,000 is the 75th-90th percentile band for Software Developers in"
                        + " Austin-Round Rock-San Marcos, TX, the next published figures above the offer.",
                "Total compensation comes to $210,000 a year: base $150,000, bonus $15,000, equity $40,000 and the"
                        + " signing bonus spread over 4 years, $5,000.");
    }

    @Test
    void atOrAboveATopCodedCapSaysSoAndCountersNothing() {
        List<Percentile> capped = new java.util.ArrayList<>(OfferEvaluatorTest.distribution(150000, 190000, 230000,
                239200, 239200));
        capped.set(3, new Percentile(75, 239200, new BigDecimal("115.00"), FigureStatus.TOP_CODED, FigureStatus.TOP_CODED));
        capped.set(4, new Percentile(90, 239200, new BigDecimal("115.00"), FigureStatus.TOP_CODED, FigureStatus.TOP_CODED));
        Result r = AreaOfferEvaluator.evaluate("Anesthesiologists", 300_000, 0, 0, 0,
                new Distribution(AUSTIN, 2024, capped), null);
        assertThat(r.inArea().percentileRank()).isNull();
        assertThat(r.inArea().atOrAbovePercentile()).isEqualTo(90);
        assertThat(r.counter()).isNull();
        assertThat(r.talkingPoints().get(0)).isEqualTo("$300,000 is at or above the 90th percentile for"
                + " Anesthesiologists in Austin-Round Rock-San Marcos, TX, which BLS publishes only as at least $239,200"
                + " (BLS OEWS, May 2024 estimates).");
        assertThat(r.totalCompensation().total()).isEqualTo(300_000);
    }

    @Test
    void withoutAreaFiguresTheNationalDistributionCarriesTheCounter() {
        Result r = AreaOfferEvaluator.evaluate("Software Developers", 100_000, 0, 0, 0, null, NATIONAL_DEVELOPERS);
        assertThat(r.inArea()).isNull();
        assertThat(r.counter().range()).isEqualTo(Range.of(103000, 133000));
        assertThat(r.counterBasis().areaCode()).isEqualTo("US");
    }
}
