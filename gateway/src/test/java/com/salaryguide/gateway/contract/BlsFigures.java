package com.salaryguide.gateway.contract;

import java.math.BigDecimal;

import au.com.dius.pact.consumer.dsl.LambdaDslObject;
import au.com.dius.pact.consumer.dsl.PM;
import com.salaryguide.gateway.figures.FigureStatus;

/**
 * How the gateway reads a BLS figure wherever a service serves one: a value that may be null, and a status
 * ({@link FigureStatus}) beside it; percentiles as {@code {percentile, annual, hourly, annualStatus, hourlyStatus}}.
 */
final class BlsFigures {

    static final String STATUS = "reported|top-coded|not-available";
    static final String SOC_CODE = "\\d{2}-\\d{4}";

    private BlsFigures() {
    }

    /** A whole-dollar (or count) figure the gateway reads into an {@code Integer}: a number, or null. */
    static void wholeOrNull(LambdaDslObject o, String name, Integer example) {
        o.or(name, example, PM.integerType(), PM.nullValue());
    }

    /**
     * An hourly amount the gateway reads into a {@code BigDecimal} and serves on as it came, so with its two
     * decimals (docs/api-style.md): a number written with decimals, or null.
     */
    static void decimalOrNull(LambdaDslObject o, String name, String example) {
        o.or(name, example == null ? null : new BigDecimal(example), PM.decimalType(), PM.nullValue());
    }

    /** A ratio the gateway reads into a {@code BigDecimal} (location quotient, jobs per 1,000): a number, or null. */
    static void numberOrNull(LambdaDslObject o, String name, String example) {
        o.or(name, example == null ? null : new BigDecimal(example), PM.numberType(), PM.nullValue());
    }

    static void status(LambdaDslObject o, String name, FigureStatus example) {
        o.stringMatcher(name, STATUS, example.json());
    }

    /** One percentile entry (the gateway's {@code Percentile}). */
    static void percentile(LambdaDslObject p, int percentile, Integer annual, String hourly) {
        p.integerType("percentile", percentile);
        wholeOrNull(p, "annual", annual);
        decimalOrNull(p, "hourly", hourly);
        status(p, "annualStatus", annual == null ? FigureStatus.NOT_AVAILABLE : FigureStatus.REPORTED);
        status(p, "hourlyStatus", hourly == null ? FigureStatus.NOT_AVAILABLE : FigureStatus.REPORTED);
    }
}
