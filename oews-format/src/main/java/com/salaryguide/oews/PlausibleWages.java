package com.salaryguide.oews;

import java.math.BigDecimal;

/**
 * The range a wage figure must fall within to be believed, the same whether it comes from a BLS file or is typed in
 * by hand: whole dollars up to 10,000,000 a year, cents up to 5,000.00 an hour.
 */
public final class PlausibleWages {

    public static final int MAX_ANNUAL = 10_000_000;
    public static final BigDecimal MAX_HOURLY = new BigDecimal("5000.00");

    private PlausibleWages() {
    }

    /** What is wrong with an annual figure given by hand, or null when it is absent or plausible. */
    public static String annualProblem(Integer value) {
        return value != null && (value <= 0 || value > MAX_ANNUAL)
                ? "must be a whole number of dollars between 1 and " + MAX_ANNUAL : null;
    }

    /** What is wrong with an hourly figure given by hand, or null when it is absent or plausible. */
    public static String hourlyProblem(BigDecimal value) {
        return value != null && (value.signum() <= 0 || value.compareTo(MAX_HOURLY) > 0 || value.scale() > 2)
                ? "must be between 0.01 and " + MAX_HOURLY + " with at most two decimals" : null;
    }

    /**
     * An hourly figure {@link #hourlyProblem} accepted, as the cents a database stores: JSON's {@code 1E+2} arrives
     * with a negative scale, which H2 refuses to bind. Exact, since the figure has at most two decimals.
     */
    public static BigDecimal cents(BigDecimal plausibleHourly) {
        return plausibleHourly == null ? null : plausibleHourly.setScale(2);
    }
}
