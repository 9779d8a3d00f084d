package com.salaryguide.gateway.offer;

/** Bounds on what an offer may say: above these an amount or a span of years is a typo or an attack. */
final class OfferLimits {

    static final long MAX_AMOUNT = 10_000_000L;
    static final long MAX_YEARS = 60;
    /** Printable text with at least one letter or digit: no control characters. */
    static final String PRINTABLE = "(?U)[^\\p{Cntrl}]*[\\p{L}\\p{Nd}][^\\p{Cntrl}]*";

    private OfferLimits() {
    }
}
