package com.salaryguide.gateway.offer;

/** Bounds on what an offer may say: above these an amount or a span of years is a typo or an attack. */
final class OfferLimits {

    static final long MAX_AMOUNT = 10_000_000L;
    static final long MAX_YEARS = 60;
    /**
     * Printable text with at least one letter or digit: no control characters. Written so that Java and the
     * ECMAScript regular expressions of OpenAPI tools read it alike.
     */
    static final String PRINTABLE = "^[^\\x00-\\x1F\\x7F]*[\\p{L}\\p{N}][^\\x00-\\x1F\\x7F]*$";

    private OfferLimits() {
    }
}
