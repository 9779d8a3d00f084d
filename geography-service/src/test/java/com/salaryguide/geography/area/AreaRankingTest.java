package com.salaryguide.geography.area;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class AreaRankingTest {

    private static AreaWage wage(String code, String name, Integer annualMean) {
        return new AreaWage(new Area(code, AreaType.state, name), "15-2051", 2024, null, annualMean, null, List.of(), null, 0);
    }

    @Test
    void ranksByAnnualMeanHighestFirst() {
        List<AreaRanking.Ranked> ranked = AreaRanking.rank(List.of(
                wage("TX", "Texas", 124600), wage("CA", "California", 158400), wage("WA", "Washington", 154200)));
        assertThat(ranked).extracting(r -> r.wage().area().code()).containsExactly("CA", "WA", "TX");
        assertThat(ranked).extracting(AreaRanking.Ranked::rank).containsExactly(1, 2, 3);
    }

    @Test
    void tiesShareARankAreOrderedByNameAndSkipTheNextRank() {
        List<AreaRanking.Ranked> ranked = AreaRanking.rank(List.of(
                wage("VA", "Virginia", 142400), wage("MA", "Massachusetts", 142400), wage("CA", "California", 158400),
                wage("CO", "Colorado", 128400)));
        assertThat(ranked).extracting(r -> r.wage().area().name())
                .containsExactly("California", "Massachusetts", "Virginia", "Colorado");
        assertThat(ranked).extracting(AreaRanking.Ranked::rank).containsExactly(1, 2, 2, 4);
    }

    @Test
    void leavesAreasWithoutAMeanWageUnranked() {
        List<AreaRanking.Ranked> ranked = AreaRanking.rank(List.of(wage("GU", "Guam", null), wage("CA", "California", 1)));
        assertThat(ranked).extracting(r -> r.wage().area().code()).containsExactly("CA");
    }
}
