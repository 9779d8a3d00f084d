package com.salaryguide.testsupport.oews;

/**
 * One area of a release, as its rows name it. {@code code} is the AREA cell: "99" for the U.S., the two-digit FIPS
 * code for a state or territory ("06", "72"), the five-digit CBSA code for a metropolitan area ("12420"), the
 * seven-digit BLS code for a nonmetropolitan area ("4800003"). {@code primState} is PRIM_STATE: the USPS code of the
 * state (of the first state named, for a metro spanning several), "US" for the national row.
 */
public record Area(String code, String title, AreaType type, String primState) {
}
