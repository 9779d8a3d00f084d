package com.salaryguide.geography.area;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Figures of one occupation in one area for one data year, as stored: absent figures are null, a top-coded one
 * (BLS "#") holds the top code and is flagged. The occupation is a SOC code for BLS figures or a guide's slug for
 * the guide's own; {@code percentiles} always has the five published percentiles; version counts writes.
 */
public record AreaWage(Area area, String occupation, int dataYear, Integer employment, BigDecimal jobsPer1000,
                       BigDecimal locationQuotient, Integer annualMean, boolean annualMeanTopCoded,
                       BigDecimal hourlyMean, boolean hourlyMeanTopCoded, List<Percentile> percentiles,
                       Integer sourceId, long version) {

    public static final int[] PERCENTILES = {10, 25, 50, 75, 90};
    private static final Pattern SOC_CODE = Pattern.compile("\\d{2}-\\d{4}");

    /** One percentile; either amount may be null where BLS publishes none. */
    public record Percentile(int percentile, Integer annual, boolean annualTopCoded, BigDecimal hourly,
                             boolean hourlyTopCoded) {
    }

    public Percentile median() {
        return percentiles.get(2);
    }

    /** BLS figures are keyed by SOC code; anything else is a guide's own figures, keyed by its slug. */
    public boolean fromBls() {
        return SOC_CODE.matcher(occupation).matches();
    }

    /** Whether any percentile has a figure (a guide's own figures usually have only a mean). */
    public boolean hasPercentiles() {
        return percentiles.stream().anyMatch(p -> p.annual() != null || p.hourly() != null);
    }
}
