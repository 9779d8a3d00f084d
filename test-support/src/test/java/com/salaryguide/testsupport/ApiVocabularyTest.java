package com.salaryguide.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ApiVocabularyTest {

    @Test
    void acceptsAnAnswerThatFollowsTheVocabulary() {
        assertThat(ApiVocabulary.problems(ApiVocabulary.read("""
                {"title":"Data Scientists","percentiles":[
                  {"percentile":10,"annual":63650,"hourly":30.60,"annualStatus":"reported","hourlyStatus":"reported"},
                  {"percentile":90,"annual":null,"hourly":null,"annualStatus":"not-available","hourlyStatus":"not-available"}],
                 "baseSalary":{"min":100000,"max":null,"maxAtLeast":130000}}"""))).isEmpty();
    }

    @Test
    void namesHourlyAmountsWithoutTwoDecimalsAndAnnualAmountsWithCents() {
        assertThat(ApiVocabulary.problems(ApiVocabulary.read("""
                {"hourly":30.6,"hourlyMeanWage":54,"annualMeanWage":112590.5}"""))).containsExactly(
                "hourly is an hourly amount not written with two decimals: 30.6",
                "hourlyMeanWage is an hourly amount not written with two decimals: 54",
                "annualMeanWage is an annual amount that is not whole dollars: 112590.5");
    }

    @Test
    void namesUnknownStatusesTwoDisplayKeysAndMissingKeys() {
        assertThat(ApiVocabulary.problems(ApiVocabulary.read("""
                {"items":[{"name":"California","title":"CA","annualStatus":"estimated"},{"name":"Texas"}]}""")))
                .containsExactly(
                        "items[0] has more than one display key: [name, title]",
                        "items[0].annualStatus is not one of [reported, top-coded, not-available]: \"estimated\"",
                        "items[1] lacks annualStatus, which other objects at items[] have",
                        "items[1] lacks title, which other objects at items[] have");
    }
}
