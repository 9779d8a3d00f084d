package com.salaryguide.wage.occupation;

import java.math.BigDecimal;
import java.util.List;

/**
 * The national wage distribution of one occupation for one data year, with the citations it carries and the
 * version a hand edit must send back.
 */
public record NationalWage(String socCode, int dataYear, Integer employment, Integer annualMean,
                           BigDecimal hourlyMean, List<Integer> sources, List<WagePercentile> percentiles,
                           long version) {
}
