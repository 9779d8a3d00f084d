package com.salaryguide.geography.area;

/** The kinds of area this service holds wages for; the lower-case name is the stored and served value. */
public enum AreaType {
    state, metro
}
