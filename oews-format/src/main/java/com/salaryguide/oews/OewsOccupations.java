package com.salaryguide.oews;

import java.util.Locale;
import java.util.regex.Pattern;

/** The occupation columns every OEWS file has: which rows an import takes (O_GROUP) and the SOC code (OCC_CODE). */
public final class OewsOccupations {

    private static final Pattern SOC_CODE = Pattern.compile("\\d{2}-\\d{4}");

    private OewsOccupations() {
    }

    /**
     * Why a row is left out for its occupation group, or null when it is imported: only detailed occupations,
     * unless {@code includeGroups}. {@code group} null means the file says nothing of groups (all detailed).
     */
    public static String groupSkipReason(String group, boolean includeGroups) {
        String g = group == null ? "detailed" : group.strip().toLowerCase(Locale.ROOT);
        if (includeGroups || "detailed".equals(g)) {
            return null;
        }
        return "occupation group '" + OewsWages.shorten(g) + "' (only detailed occupations are imported by default)";
    }

    /** What is wrong with an OCC_CODE cell, or null when it is a SOC code like 15-2051. */
    public static String socCodeProblem(String soc) {
        return soc != null && SOC_CODE.matcher(soc).matches() ? null
                : "must be a SOC code like 15-2051, not '" + OewsWages.shorten(soc) + "'";
    }
}
