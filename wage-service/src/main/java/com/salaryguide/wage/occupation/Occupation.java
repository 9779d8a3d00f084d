package com.salaryguide.wage.occupation;

/** A BLS Standard Occupational Classification entry. */
public record Occupation(String socCode, String title) {
}
