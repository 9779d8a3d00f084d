package com.salaryguide.oews;

import java.math.BigDecimal;

/**
 * One OEWS figure as BLS prints it: a number (thousands separators allowed), "*" or "**" (not available: null),
 * or "#" (at or above the top code: stored as the top code, flagged, never served as an exact wage).
 */
public record OewsValue(BigDecimal amount, boolean topCoded) {

    public static final OewsValue MISSING = new OewsValue(null, false);

    /** @throws NumberFormatException when the cell is none of the above */
    public static OewsValue parse(String cell, BigDecimal topCode) {
        if (cell == null) {
            return MISSING;
        }
        String text = cell.strip();
        if (text.isEmpty() || text.equals("*") || text.equals("**") || text.equals("~")) {
            return MISSING;
        }
        if (text.equals("#")) {
            return new OewsValue(topCode, true);
        }
        BigDecimal value = new BigDecimal(text.replace(",", ""));
        if (value.signum() < 0) {
            throw new NumberFormatException("negative");
        }
        return new OewsValue(value, false);
    }

    public boolean present() {
        return amount != null;
    }
}
