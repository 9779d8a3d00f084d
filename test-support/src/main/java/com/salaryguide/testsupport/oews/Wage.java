package com.salaryguide.testsupport.oews;

import java.math.BigDecimal;

/**
 * One published wage figure (a mean or a percentile) in both its forms, as an importer stores it: {@code annual}
 * whole dollars, {@code hourly} dollars and cents (annual / 2080, rounded half up to the cent). A form that is not
 * published ("*": not available, or hidden by the occupation's {@link Occupation.PayBasis}) is null. A top-coded
 * form ("#") holds the top code ({@link #ANNUAL_TOP_CODE}, {@link #HOURLY_TOP_CODE}) with its flag set: the real
 * figure is at or above it.
 */
public record Wage(Integer annual, boolean annualTopCoded, BigDecimal hourly, boolean hourlyTopCoded) {

    public static final int ANNUAL_TOP_CODE = 239_200;
    public static final BigDecimal HOURLY_TOP_CODE = new BigDecimal("115.00");
    public static final Wage NOT_AVAILABLE = new Wage(null, false, null, false);
}
