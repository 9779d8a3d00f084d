package com.salaryguide.geography.importing;

import java.util.regex.Pattern;

import com.salaryguide.geography.area.AreaType;
import com.salaryguide.oews.OewsOccupations;
import com.salaryguide.oews.OewsTable;
import com.salaryguide.oews.OewsWages;

/**
 * One row of a BLS OEWS state or metropolitan file as this service stores it: the area (state by PRIM_STATE,
 * metro by its CBSA code in AREA), the occupation's SOC code and the wage figures. Rows for other area types
 * (national, nonmetropolitan) and, by default, broader occupation groups are skipped with a reason.
 */
public record AreaFigureRow(AreaType areaType, String areaCode, String areaName, String socCode,
                            OewsWages.Figures figures) {

    private static final Pattern STATE = Pattern.compile("[A-Z]{2}");
    private static final Pattern CBSA = Pattern.compile("\\d{5,7}");

    /** What reading a row found: a figure row, a reason to skip it, or nothing (problems were reported). */
    public record Outcome(AreaFigureRow row, String skipReason) {
    }

    public static Outcome read(OewsTable.Line line, OewsWages wages, boolean includeGroups, OewsWages.Problems problems) {
        String type = line.get("AREA_TYPE");
        AreaType areaType = "2".equals(type) ? AreaType.state : "4".equals(type) ? AreaType.metro : null;
        if (areaType == null) {
            return new Outcome(null, "area type " + OewsWages.shorten(type) + " (only states, 2, and metropolitan"
                    + " areas, 4, are imported here)");
        }
        String skipGroup = OewsOccupations.groupSkipReason(line.get("O_GROUP"), includeGroups);
        if (skipGroup != null) {
            return new Outcome(null, skipGroup);
        }
        boolean ok = true;
        String code = areaType == AreaType.state ? line.get("PRIM_STATE") : line.get("AREA");
        if (code == null || !(areaType == AreaType.state ? STATE : CBSA).matcher(code).matches()) {
            problems.add(areaType == AreaType.state ? "PRIM_STATE" : "AREA", areaType == AreaType.state
                    ? "must be a two-letter state code, not '" + OewsWages.shorten(code) + "'"
                    : "must be a CBSA code of 5 to 7 digits, not '" + OewsWages.shorten(code) + "'");
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
        return new Outcome(ok ? new AreaFigureRow(areaType, code, name, soc, figures) : null, null);
    }
}
