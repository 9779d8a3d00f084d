package com.salaryguide.geography.area;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.function.Function;

import com.fasterxml.jackson.annotation.JsonValue;
import io.swagger.v3.oas.annotations.media.Schema;

/** What a concentration ranking orders areas by; only reported values rank. */
@Schema(description = "locationQuotient or jobsPer1000")
public enum ConcentrationSort {
    LOCATION_QUOTIENT("locationQuotient", AreaWage::locationQuotient),
    JOBS_PER_1000("jobsPer1000", AreaWage::jobsPer1000);

    private final String json;
    private final Function<AreaWage, BigDecimal> value;

    ConcentrationSort(String json, Function<AreaWage, BigDecimal> value) {
        this.json = json;
        this.value = value;
    }

    @JsonValue
    public String json() {
        return json;
    }

    BigDecimal valueOf(AreaWage wage) {
        return value.apply(wage);
    }

    /** The sort named {@code json}, or null. */
    public static ConcentrationSort of(String json) {
        return Arrays.stream(values()).filter(s -> s.json.equals(json)).findFirst().orElse(null);
    }
}
