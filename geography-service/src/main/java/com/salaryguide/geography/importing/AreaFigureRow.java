package com.salaryguide.geography.importing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Pattern;

import com.salaryguide.geography.area.AreaType;
import com.salaryguide.oews.OewsOccupations;
import com.salaryguide.oews.OewsTable;
import com.salaryguide.oews.OewsValue;
import com.salaryguide.oews.OewsWages;

/**
 * One row of a BLS OEWS state, metropolitan or all-areas file as this service stores it: the area (a state or
 * territory by PRIM_STATE, a metropolitan or nonmetropolitan area by its code in AREA), the state it lies in, the
 * occupation's SOC code, the wage figures and the concentration figures (JOBS_1000, LOC_QUOTIENT). Rows for the
 * nation and, by default, broader occupation groups are skipped with a reason.
 */
public record AreaFigureRow(AreaType areaType, String areaCode, String areaName, String state, String socCode,
                            OewsWages.Figures figures, BigDecimal jobsPer1000, BigDecimal locationQuotient) {

    private static final Pattern USPS_CODE = Pattern.compile("[A-Z]{2}");
    /** CBSA codes have 5 digits; New England's areas had 7-digit codes in older releases. */
    private static final Pattern METRO_CODE = Pattern.compile("\\d{5}|\\d{7}");
    private static final Pattern NONMETRO_CODE = Pattern.compile("\\d{7}");
    /** Jobs per 1,000 cannot pass 1,000; a quotient is bounded by the same share, 1,000 is generous. */
    private static final BigDecimal MAX_CONCENTRATION = BigDecimal.valueOf(1000);

    /** What reading a row found: a figure row, a reason to skip it, or nothing (problems were reported). */
    public record Outcome(AreaFigureRow row, String skipReason) {
    }

    public static Outcome read(OewsTable.Line line, OewsWages wages, boolean includeGroups, OewsWages.Problems problems) {
        String type = line.get("AREA_TYPE");
        AreaType areaType = AreaType.ofBlsCode(type);
        if (areaType == null) {
            return new Outcome(null, "area type " + OewsWages.shorten(type) + " (states, 2, territories, 3,"
                    + " metropolitan areas, 4, and nonmetropolitan areas, 6, are imported here)");
        }
        String skipGroup = OewsOccupations.groupSkipReason(line.get("O_GROUP"), includeGroups);
        if (skipGroup != null) {
            return new Outcome(null, skipGroup);
        }
        boolean ok = true;
        String state = line.get("PRIM_STATE");
        if (state == null || !USPS_CODE.matcher(state).matches()) {
            problems.add("PRIM_STATE", "must be a two-letter state code, not '" + OewsWages.shorten(state) + "'");
            ok = false;
        }
        String code = areaType.stateLevel() ? state : line.get("AREA");
        if (!areaType.stateLevel() && (code == null
                || !(areaType == AreaType.METRO ? METRO_CODE : NONMETRO_CODE).matcher(code).matches())) {
            problems.add("AREA", areaType == AreaType.METRO
                    ? "must be a CBSA code of 5 digits (7 for older New England areas), not '" + OewsWages.shorten(code) + "'"
                    : "must be a nonmetropolitan area code of 7 digits, not '" + OewsWages.shorten(code) + "'");
            ok = false;
        }
        String name = line.get("AREA_TITLE");
        if (name == null || name.isEmpty() || name.length() > 200) {
            problems.add("AREA_TITLE", "is required, at most 200 characters");
            ok = false;
        }
        String soc = line.get("OCC_CODE");
        String socProblem = OewsOccupations.socCodeProblem(soc);
        if (socProblem != null) {
            problems.add("OCC_CODE", socProblem);
            ok = false;
        }
        OewsWages.Figures figures = wages.read(line, problems);
        BigDecimal jobs = concentration(line, "JOBS_1000", 3, problems);
        BigDecimal quotient = concentration(line, "LOC_QUOTIENT", 2, problems);
        return new Outcome(ok ? new AreaFigureRow(areaType, code, name, state, soc, figures, jobs, quotient) : null,
                null);
    }

    /** An optional column: a file without it has no such figures. */
    private static BigDecimal concentration(OewsTable.Line line, String column, int scale, OewsWages.Problems problems) {
        String cell = line.get(column);
        try {
            OewsValue v = OewsValue.parse(cell, null);
            if (v.topCoded() || (v.present() && v.amount().compareTo(MAX_CONCENTRATION) > 0)) {
                throw new NumberFormatException();
            }
            return v.present() ? v.amount().setScale(scale, RoundingMode.HALF_UP) : null;
        } catch (NumberFormatException ex) {
            problems.add(column, "must be a number up to 1000, '*', '**' or '~', not '" + OewsWages.shorten(cell) + "'");
            return null;
        }
    }
}
