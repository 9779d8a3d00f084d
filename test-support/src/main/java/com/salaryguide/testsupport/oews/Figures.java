package com.salaryguide.testsupport.oews;

import java.math.BigDecimal;
import java.util.List;

/**
 * One row of a release: an occupation's figures in one area, as the file publishes them and an importer stores
 * them (markers already applied, see {@link Wage}).
 *
 * @param employment        TOT_EMP; null when "**" (not available)
 * @param jobsPer1000       JOBS_1000 (three decimals); null when "**", when "~" ({@code shareTiny}) and in the
 *                          national file, where BLS leaves it empty
 * @param locationQuotient  LOC_QUOTIENT (two decimals); null exactly when {@code jobsPer1000} is
 * @param shareTiny         JOBS_1000 and LOC_QUOTIENT are printed "~" (an area too small for a share)
 * @param mean              H_MEAN and A_MEAN (never top-coded)
 * @param percentiles       the 10th, 25th, median, 75th and 90th percentiles, in that order ({@link #PERCENTILES})
 */
public record Figures(Area area, Occupation occupation, Integer employment, BigDecimal jobsPer1000,
                      BigDecimal locationQuotient, boolean shareTiny, Wage mean, List<Wage> percentiles) {

    public static final List<Integer> PERCENTILES = List.of(10, 25, 50, 75, 90);

    public Figures {
        percentiles = List.copyOf(percentiles);
    }

    /** The figure at percentile 10, 25, 50, 75 or 90. */
    public Wage percentile(int percentile) {
        int i = PERCENTILES.indexOf(percentile);
        if (i < 0) {
            throw new IllegalArgumentException("BLS publishes percentiles " + PERCENTILES + ", not " + percentile);
        }
        return percentiles.get(i);
    }
}
