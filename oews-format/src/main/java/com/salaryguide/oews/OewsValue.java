package com.salaryguide.oews;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * One OEWS figure as BLS prints it: a plain decimal number (thousands separators allowed), "*" or "**" (not available: null),
 * or "#" (at or above the top code: stored as the top code, flagged, never served as an exact wage).
 */
public record OewsValue(BigDecimal amount, boolean topCoded) {

    public static final OewsValue MISSING = new OewsValue(null, false);
    private static final Pattern PLAIN_DECIMAL = Pattern.compile("\\d{1,12}(\\.\\d{1,6})?");

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
        String digits = text.replace(",", "");
        // BLS prints plain decimals; exponent forms like 1e-99999999 would cost minutes of CPU to round
        if (!PLAIN_DECIMAL.matcher(digits).matches()) {
            throw new NumberFormatException("not a plain, non-negative decimal");
        }
        return new OewsValue(new BigDecimal(digits), false);
    }

    public boolean present() {
        return amount != null;
    }
}
