package com.salaryguide.testsupport.oews;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A row's cells as BLS prints them: thousands separators in employment and annual wages ("120,440"), hourly wages to
 * the cent, "*" for a wage and "**" for an employment figure not available, "#" for a top-coded percentile, "~" for a
 * share too small to publish, empty cells where a cross-industry file has nothing (PCT_TOTAL, PCT_RPT, and the shares
 * of the national file). The relative standard errors (EMP_PRSE, MEAN_PRSE) are decoration drawn from the row's
 * own seed, larger for smaller employment, and are not part of {@link Figures}.
 */
final class ReleaseRows {

    /** BLS's columns with its own one-line descriptions, in file order (also the "Field Descriptions" sheet). */
    static final Map<String, String> FIELDS = fields(
            "AREA", "U.S. (99), state FIPS code, metropolitan statistical area (MSA) code or OEWS-specific nonmetropolitan area code",
            "AREA_TITLE", "Area name",
            "AREA_TYPE", "Area type: 1= U.S.; 2= State; 3= U.S. Territory; 4= Metropolitan Statistical Area (MSA); 6= Nonmetropolitan Area",
            "PRIM_STATE", "The primary state for the given area. \"US\" is used for the national estimates.",
            "NAICS", "North American Industry Classification System (NAICS) code for the given industry",
            "NAICS_TITLE", "North American Industry Classification System (NAICS) title for the given industry",
            "I_GROUP", "Industry level. Indicates cross-industry or NAICS sector, 3-digit, 4-digit, 5-digit, or 6-digit industry.",
            "OWN_CODE", "Ownership type: 1= Federal Government; 2= State Government; 3= Local Government; 123= Federal, State, and Local Government; 235=Private, State, and Local Government; 35 = Private and Local Government; 5= Private; 57=Private, Local Government Gambling Establishments (Sector 71), and Local Government Casino Hotels (Sector 72); 58= Private plus State and Local Government Hospitals; 59= Private and Postal Service; 1235= Federal, State, and Local Government and Private Sector",
            "OCC_CODE", "The 6-digit Standard Occupational Classification (SOC) code or OEWS-specific code for the occupation",
            "OCC_TITLE", "SOC title or OEWS-specific title for the occupation",
            "O_GROUP", "SOC occupation level. For most occupations, this field indicates the standard SOC major, minor, broad, and detailed levels, in addition to all-occupation totals.",
            "TOT_EMP", "Estimated total employment rounded to the nearest 10 (excludes self-employed).",
            "EMP_PRSE", "Percent relative standard error (PRSE) for the employment estimate.",
            "JOBS_1000", "The number of jobs (employment) in the given occupation per 1,000 jobs in the given area.",
            "LOC_QUOTIENT", "The location quotient represents the ratio of an occupation's share of employment in a given area to that occupation's share of employment in the U.S. as a whole.",
            "PCT_TOTAL", "Percent of industry employment in the given occupation.",
            "PCT_RPT", "Percent of establishments reporting the given occupation for the cell.",
            "H_MEAN", "Mean hourly wage",
            "A_MEAN", "Mean annual wage",
            "MEAN_PRSE", "Percent relative standard error (PRSE) for the mean wage estimate.",
            "H_PCT10", "Hourly 10th percentile wage",
            "H_PCT25", "Hourly 25th percentile wage",
            "H_MEDIAN", "Hourly median wage (or the 50th percentile)",
            "H_PCT75", "Hourly 75th percentile wage",
            "H_PCT90", "Hourly 90th percentile wage",
            "A_PCT10", "Annual 10th percentile wage",
            "A_PCT25", "Annual 25th percentile wage",
            "A_MEDIAN", "Annual median wage (or the 50th percentile)",
            "A_PCT75", "Annual 75th percentile wage",
            "A_PCT90", "Annual 90th percentile wage",
            "ANNUAL", "Contains \"TRUE\" if only annual wages are released.",
            "HOURLY", "Contains \"TRUE\" if only hourly wages are released.");

    static final List<String> COLUMNS = List.copyOf(FIELDS.keySet());

    /** The notes BLS prints under the field list. */
    static final List<String> NOTES = List.of(
            "*  = indicates that a wage estimate is not available",
            "**  = indicates that an employment estimate is not available",
            "# = indicates a wage equal to or greater than $115.00 per hour or $239,200 per year",
            "~ = indicates that the share is too small to publish");

    private ReleaseRows() {
    }

    static List<String> cells(Figures f, long seed) {
        Area area = f.area();
        Occupation occupation = f.occupation();
        boolean national = area.type() == AreaType.NATIONAL;
        double draw = (SyntheticRelease.mix(seed, area.code(), occupation.socCode(), "prse") >>> 11) * 0x1.0p-53;
        List<String> cells = new ArrayList<>(COLUMNS.size());
        cells.add(area.code());
        cells.add(area.title());
        cells.add(Integer.toString(area.type().code()));
        cells.add(area.primState());
        cells.add("000000");
        cells.add("Cross-industry");
        cells.add("cross-industry");
        cells.add("1235");
        cells.add(occupation.socCode());
        cells.add(occupation.title());
        cells.add(occupation.group().cell());
        Integer employment = f.employment();
        double prse = employment == null ? 0 : Math.min(50, 0.4 + 150 / Math.sqrt(employment) * (0.5 + draw));
        cells.add(employment == null ? "**" : String.format(Locale.US, "%,d", employment));
        cells.add(employment == null ? "**" : oneDecimal(prse));
        cells.add(share(f.jobsPer1000(), f, national));
        cells.add(share(f.locationQuotient(), f, national));
        cells.add("");
        cells.add("");
        cells.add(hourly(f.mean()));
        cells.add(annual(f.mean()));
        boolean meanShown = f.mean().annual() != null || f.mean().hourly() != null;
        cells.add(meanShown ? oneDecimal(0.1 + 0.35 * (employment == null ? 150 / Math.sqrt(1000) : prse)) : "*");
        for (Wage w : f.percentiles()) {
            cells.add(hourly(w));
        }
        for (Wage w : f.percentiles()) {
            cells.add(annual(w));
        }
        cells.add(occupation.payBasis() == Occupation.PayBasis.ANNUAL_ONLY ? "TRUE" : "");
        cells.add(occupation.payBasis() == Occupation.PayBasis.HOURLY_ONLY ? "TRUE" : "");
        return cells;
    }

    private static String share(BigDecimal value, Figures f, boolean national) {
        if (national) {
            return "";
        }
        return value != null ? value.toPlainString() : f.shareTiny() ? "~" : "**";
    }

    private static String annual(Wage w) {
        return w.annual() == null ? "*" : w.annualTopCoded() ? "#" : String.format(Locale.US, "%,d", w.annual());
    }

    private static String hourly(Wage w) {
        return w.hourly() == null ? "*" : w.hourlyTopCoded() ? "#" : w.hourly().toPlainString();
    }

    private static String oneDecimal(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static Map<String, String> fields(String... pairs) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            fields.put(pairs[i], pairs[i + 1]);
        }
        return fields;
    }
}
