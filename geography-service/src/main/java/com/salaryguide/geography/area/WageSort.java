package com.salaryguide.geography.area;

import java.util.Arrays;
import java.util.function.Function;

import com.fasterxml.jackson.annotation.JsonValue;
import io.swagger.v3.oas.annotations.media.Schema;

/** What a wage ranking orders areas by; a top-coded value counts as its cap. */
@Schema(description = "annualMeanWage or annualMedianWage")
public enum WageSort {
    ANNUAL_MEAN_WAGE("annualMeanWage", AreaWage::annualMean),
    ANNUAL_MEDIAN_WAGE("annualMedianWage", w -> w.median().annual());

    private final String json;
    private final Function<AreaWage, Integer> value;

    WageSort(String json, Function<AreaWage, Integer> value) {
        this.json = json;
        this.value = value;
    }

    @JsonValue
    public String json() {
        return json;
    }

    Integer valueOf(AreaWage wage) {
        return value.apply(wage);
    }

    /** The sort named {@code json}, or null. */
    public static WageSort of(String json) {
        return Arrays.stream(values()).filter(s -> s.json.equals(json)).findFirst().orElse(null);
    }
}
