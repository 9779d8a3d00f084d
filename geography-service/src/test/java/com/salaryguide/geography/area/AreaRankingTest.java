package com.salaryguide.geography.area;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

class AreaRankingTest {

    private static AreaWage wage(String code, String name, Integer annualMean) {
        return wage(code, name, annualMean, false, null, false, null);
    }

    private static AreaWage wage(String code, String name, Integer annualMean, boolean meanTop, Integer median,
                                 boolean medianTop, String quotient) {
        List<AreaWage.Percentile> percentiles = List.of(new AreaWage.Percentile(10, null, false, null, false),
                new AreaWage.Percentile(25, null, false, null, false),
                new AreaWage.Percentile(50, median, medianTop, null, false),
                new AreaWage.Percentile(75, null, false, null, false),
                new AreaWage.Percentile(90, null, false, null, false));
        return new AreaWage(new Area(code, AreaType.STATE, name, code), "15-2051", 2024, null, null,
                quotient == null ? null : new BigDecimal(quotient), annualMean, meanTop, null, false, percentiles,
                null, 0);
    }

    @Test
    void ranksByAnnualMeanHighestFirst() {
        List<AreaRanking.Ranked> ranked = AreaRanking.byWage(List.of(
                wage("TX", "Texas", 124600), wage("CA", "California", 158400), wage("WA", "Washington", 154200)),
                WageSort.ANNUAL_MEAN_WAGE);
        assertThat(ranked).extracting(r -> r.wage().area().code()).containsExactly("CA", "WA", "TX");
        assertThat(ranked).extracting(AreaRanking.Ranked::rank).containsExactly(1, 2, 3);
    }

    @Test
    void tiesShareARankAreOrderedByNameAndSkipTheNextRank() {
        List<AreaRanking.Ranked> ranked = AreaRanking.byWage(List.of(
                wage("VA", "Virginia", 142400), wage("MA", "Massachusetts", 142400), wage("CA", "California", 158400),
                wage("CO", "Colorado", 128400)), WageSort.ANNUAL_MEAN_WAGE);
        assertThat(ranked).extracting(r -> r.wage().area().name())
                .containsExactly("California", "Massachusetts", "Virginia", "Colorado");
        assertThat(ranked).extracting(AreaRanking.Ranked::rank).containsExactly(1, 2, 2, 4);
    }

    @Test
    void leavesAreasWithoutTheSortKeyUnranked() {
        List<AreaRanking.Ranked> ranked = AreaRanking.byWage(List.of(wage("GU", "Guam", null), wage("CA", "California", 1)),
                WageSort.ANNUAL_MEAN_WAGE);
        assertThat(ranked).extracting(r -> r.wage().area().code()).containsExactly("CA");
    }

    @Test
    void ranksByMedianWithTopCodedMediansTiedAtTheirCap() {
        List<AreaRanking.Ranked> ranked = AreaRanking.byWage(List.of(
                wage("NY", "New York", 150000, false, 239200, true, null),
                wage("CA", "California", 160000, false, 239200, true, null),
                wage("WA", "Washington", 170000, false, 200000, false, null),
                wage("OH", "Ohio", 90000, false, null, false, null)), WageSort.ANNUAL_MEDIAN_WAGE);
        assertThat(ranked).extracting(r -> r.wage().area().code()).containsExactly("CA", "NY", "WA");
        assertThat(ranked).extracting(AreaRanking.Ranked::rank).containsExactly(1, 1, 3);
    }

    @Test
    void ranksByLocationQuotientComparingValuesNotScales() {
        List<AreaRanking.Ranked> ranked = AreaRanking.byConcentration(List.of(
                wage("NY", "New York", null, false, null, false, "1.50"),
                wage("CA", "California", null, false, null, false, "1.5"),
                wage("OH", "Ohio", null, false, null, false, "2.01"),
                wage("GU", "Guam", null, false, null, false, null)), ConcentrationSort.LOCATION_QUOTIENT);
        assertThat(ranked).extracting(r -> r.wage().area().code()).containsExactly("OH", "CA", "NY");
        assertThat(ranked).extracting(AreaRanking.Ranked::rank).containsExactly(1, 2, 2);
    }
}
