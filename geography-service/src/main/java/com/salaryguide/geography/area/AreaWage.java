package com.salaryguide.geography.area;

import java.math.BigDecimal;
import java.util.List;

/** Wage figures of one occupation in one area for one data year; absent figures are null; version counts writes. */
public record AreaWage(Area area, String occupation, int dataYear, Integer employment, Integer annualMean,
                       BigDecimal hourlyMean, List<Percentile> percentiles, Integer sourceId, long version) {

    /**
     * One published percentile in this area; either amount may be null where BLS publishes none. A top-coded
     * amount (BLS "#") is the top code, a lower bound, never an exact wage.
     */
    public record Percentile(int percentile, Integer annual, BigDecimal hourly, Boolean annualTopCoded,
                             Boolean hourlyTopCoded) {

        /** Flags are present (true) only on top-coded figures. */
        static Percentile of(int percentile, Integer annual, BigDecimal hourly, boolean annualTop, boolean hourlyTop) {
            return new Percentile(percentile, annual, hourly, annualTop ? Boolean.TRUE : null, hourlyTop ? Boolean.TRUE : null);
        }
    }
}
