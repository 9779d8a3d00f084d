package com.salaryguide.wage.editing;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One year's national figures of an occupation as stored, with the version a write must send back. A top-coded
 * percentile (from a BLS import) is flagged; its amount is the top code, a lower bound.
 */
public record NationalFigures(String socCode, int dataYear, Integer employment, Integer annualMean,
                              BigDecimal hourlyMean, List<Percentile> percentiles, List<Integer> sources,
                              long version) {

    public record Percentile(int percentile, Integer annual, BigDecimal hourly,
                             @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean annualTopCoded,
                             @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean hourlyTopCoded) {
    }
}
