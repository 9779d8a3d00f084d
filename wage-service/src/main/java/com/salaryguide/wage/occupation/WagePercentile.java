package com.salaryguide.wage.occupation;

import java.math.BigDecimal;

import com.salaryguide.ranking.PercentileRanking;

/**
 * One published percentile of a wage distribution. A top-coded figure (BLS "#") holds the top-code value,
 * which is a lower bound, never an exact wage.
 */
public record WagePercentile(int percentile, Integer annual, BigDecimal hourly, boolean annualTopCoded,
                             boolean hourlyTopCoded) {

    PercentileRanking.Point annualPoint() {
        return new PercentileRanking.Point(percentile, annual, annualTopCoded);
    }
}
