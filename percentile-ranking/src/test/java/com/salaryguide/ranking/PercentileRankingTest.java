package com.salaryguide.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import com.salaryguide.ranking.PercentileRanking.Point;
import com.salaryguide.ranking.PercentileRanking.Position;
import org.junit.jupiter.api.Test;

class PercentileRankingTest {

    // 15-2051 Data Scientists, as printed in the seed guide
    private static final List<Point> DATA_SCIENTISTS = List.of(
            new Point(10, 63650, false), new Point(25, 82630, false), new Point(50, 112590, false),
            new Point(75, 155810, false), new Point(90, 194410, false));

    @Test
    void interpolatesLinearlyBetweenPublishedPercentiles() {
        // 50 + 25 * (150000 - 112590) / (155810 - 112590) = 71.639...
        assertThat(PercentileRanking.rank(150_000, DATA_SCIENTISTS))
                .isEqualTo(new PercentileRanking.Result(new BigDecimal("71.6"), Position.within));
        // 10 + 15 * (70000 - 63650) / (82630 - 63650) = 15.018...
        assertThat(PercentileRanking.rank(70_000, DATA_SCIENTISTS).percentileRank()).isEqualByComparingTo("15.0");
        // 75 + 15 * (190000 - 155810) / (194410 - 155810) = 88.286...
        assertThat(PercentileRanking.rank(190_000, DATA_SCIENTISTS).percentileRank()).isEqualByComparingTo("88.3");
    }

    @Test
    void returnsThePublishedPercentileForAnExactValue() {
        assertThat(PercentileRanking.rank(112_590, DATA_SCIENTISTS).percentileRank()).isEqualByComparingTo("50");
        assertThat(PercentileRanking.rank(63_650, DATA_SCIENTISTS))
                .isEqualTo(new PercentileRanking.Result(new BigDecimal("10.0"), Position.within));
        assertThat(PercentileRanking.rank(194_410, DATA_SCIENTISTS))
                .isEqualTo(new PercentileRanking.Result(new BigDecimal("90.0"), Position.within));
    }

    @Test
    void returnsNullBelowTheTenthAndAboveTheNinetiethPercentile() {
        assertThat(PercentileRanking.rank(63_649, DATA_SCIENTISTS))
                .isEqualTo(new PercentileRanking.Result(null, Position.below));
        assertThat(PercentileRanking.rank(194_411, DATA_SCIENTISTS))
                .isEqualTo(new PercentileRanking.Result(null, Position.above));
    }

    @Test
    void equalNeighbouringPercentilesTakeTheHighestAndNeverDivideByZero() {
        List<Point> flat = List.of(new Point(10, 50000, false), new Point(25, 60000, false),
                new Point(50, 60000, false), new Point(75, 60000, false), new Point(90, 80000, false));
        assertThat(PercentileRanking.rank(60_000, flat).percentileRank()).isEqualByComparingTo("75");
        assertThat(PercentileRanking.rank(55_000, flat).percentileRank()).isEqualByComparingTo("17.5");
        assertThat(PercentileRanking.rank(70_000, flat).percentileRank()).isEqualByComparingTo("82.5");
    }

    @Test
    void roundsHalfUpToOneDecimal() {
        List<Point> simple = List.of(new Point(10, 0, false), new Point(90, 80000, false));
        // 10 + 80 * 125 / 80000 = 10.125 -> 10.1 ; 10 + 80 * 50 / 80000 = 10.05 -> 10.1 (half up)
        assertThat(PercentileRanking.rank(125, simple).percentileRank()).isEqualByComparingTo("10.1");
        assertThat(PercentileRanking.rank(50, simple).percentileRank()).isEqualByComparingTo("10.1");
    }

    @Test
    void aTopCodedNinetiethIsNeverAnInterpolationAnchor() {
        List<Point> topCoded = List.of(new Point(10, 120000, false), new Point(25, 150000, false),
                new Point(50, 190000, false), new Point(75, 230000, false), new Point(90, 239200, true));
        assertThat(PercentileRanking.rank(235_000, topCoded))
                .isEqualTo(new PercentileRanking.Result(null, Position.within));
        assertThat(PercentileRanking.rank(240_000, topCoded))
                .isEqualTo(new PercentileRanking.Result(null, Position.above));
        assertThat(PercentileRanking.rank(200_000, topCoded).percentileRank()).isEqualByComparingTo("56.3");
    }

    @Test
    void doesNotInterpolateAcrossAnUnpublishedPercentile() {
        List<Point> gap = List.of(new Point(10, 50000, false), new Point(25, null, false),
                new Point(50, 90000, false), new Point(75, 120000, false), new Point(90, 150000, false));
        assertThat(PercentileRanking.rank(60_000, gap)).isEqualTo(new PercentileRanking.Result(null, Position.within));
        assertThat(PercentileRanking.rank(100_000, gap).percentileRank()).isEqualByComparingTo("58.3");
    }

    @Test
    void acceptsPercentilesInAnyOrder() {
        List<Point> shuffled = List.of(DATA_SCIENTISTS.get(3), DATA_SCIENTISTS.get(0), DATA_SCIENTISTS.get(4),
                DATA_SCIENTISTS.get(2), DATA_SCIENTISTS.get(1));
        assertThat(PercentileRanking.rank(150_000, shuffled).percentileRank()).isEqualByComparingTo("71.6");
    }

    @Test
    void rejectsADistributionWithoutAnyExactFigure() {
        assertThatThrownBy(() -> PercentileRanking.rank(1, List.of(new Point(90, 239200, true))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
