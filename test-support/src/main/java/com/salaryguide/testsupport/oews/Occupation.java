package com.salaryguide.testsupport.oews;

/**
 * One occupation of a release: SOC code (OCC_CODE, "15-1252"), title (OCC_TITLE), group (O_GROUP) and which of its
 * wages BLS publishes (the ANNUAL and HOURLY flags).
 */
public record Occupation(String socCode, String title, Group group, PayBasis payBasis) {

    /** O_GROUP: importers take only detailed occupations by default; the others summarise them. */
    public enum Group {
        TOTAL, MAJOR, BROAD, DETAILED;

        /** The O_GROUP cell: "total", "major", "broad" or "detailed". */
        public String cell() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * ANNUAL_ONLY rows (ANNUAL=TRUE, e.g. teachers paid by the school year) publish no hourly figures; HOURLY_ONLY
     * rows (HOURLY=TRUE, e.g. actors) no annual ones; the hidden side is printed "*".
     */
    public enum PayBasis {
        ANNUAL_AND_HOURLY, ANNUAL_ONLY, HOURLY_ONLY
    }

    public boolean detailed() {
        return group == Group.DETAILED;
    }
}
