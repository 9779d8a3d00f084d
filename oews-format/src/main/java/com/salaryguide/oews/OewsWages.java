package com.salaryguide.oews;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The wage figures of one OEWS row, read as BLS documents them: employment, annual and hourly means and the 10th,
 * 25th, median, 75th and 90th percentiles. Annual amounts are whole dollars, hourly amounts two decimals; a row
 * flagged ANNUAL=TRUE publishes no hourly figures and HOURLY=TRUE no annual ones. Problems are reported per
 * column, never thrown, so a caller can list them all.
 */
public final class OewsWages {

    public static final int[] PERCENTILES = {10, 25, 50, 75, 90};
    private static final List<String> REQUIRED = List.of("OCC_CODE", "OCC_TITLE", "A_MEAN", "H_MEAN", "A_PCT10",
            "A_PCT25", "A_PCT75", "A_PCT90", "H_PCT10", "H_PCT25", "H_PCT75", "H_PCT90");
    private static final BigDecimal MAX_ANNUAL = BigDecimal.valueOf(PlausibleWages.MAX_ANNUAL);
    private static final BigDecimal MAX_HOURLY = PlausibleWages.MAX_HOURLY.setScale(0);
    private static final BigDecimal MAX_EMPLOYMENT = BigDecimal.valueOf(1_000_000_000);

    /** What "#" stands for: e.g. $239,200 a year and $115.00 an hour in recent releases. */
    public record TopCodes(BigDecimal annual, BigDecimal hourly) {
    }

    public record Percentile(int percentile, OewsValue annual, OewsValue hourly) {
        /** How many of this percentile's two figures are top-coded (0 to 2). */
        public int topCodedFigures() {
            return (annual.topCoded() ? 1 : 0) + (hourly.topCoded() ? 1 : 0);
        }
    }

    public record Figures(Integer employment, OewsValue annualMean, OewsValue hourlyMean, List<Percentile> percentiles) {
    }

    /** Receives a problem with one column of the row being read. */
    public interface Problems {
        void add(String column, String message);
    }

    private final TopCodes topCodes;
    private final String medianAnnual;
    private final String medianHourly;

    private OewsWages(TopCodes topCodes, String medianAnnual, String medianHourly) {
        this.topCodes = topCodes;
        this.medianAnnual = medianAnnual;
        this.medianHourly = medianHourly;
    }

    /** A reader for files with this header; missing required columns are reported, each once. */
    public static OewsWages forHeader(Set<String> header, TopCodes topCodes, Problems problems) {
        for (String required : REQUIRED) {
            if (!header.contains(required)) {
                problems.add(required, "is missing from the header row");
            }
        }
        String a = header.contains("A_MEDIAN") ? "A_MEDIAN" : "A_PCT50";
        String h = header.contains("H_MEDIAN") ? "H_MEDIAN" : "H_PCT50";
        if (!header.contains(a)) {
            problems.add("A_MEDIAN", "is missing from the header row (A_PCT50 is accepted too)");
        }
        if (!header.contains(h)) {
            problems.add("H_MEDIAN", "is missing from the header row (H_PCT50 is accepted too)");
        }
        return new OewsWages(topCodes, a, h);
    }

    public Figures read(OewsTable.Line line, Problems problems) {
        boolean annualOnly = isTrue(line.get("ANNUAL"));
        boolean hourlyOnly = isTrue(line.get("HOURLY"));
        Integer employment = employment(line, problems);
        OewsValue annualMean = annual(line, "A_MEAN", hourlyOnly, problems);
        OewsValue hourlyMean = hourly(line, "H_MEAN", annualOnly, problems);
        List<Percentile> percentiles = new ArrayList<>(PERCENTILES.length);
        for (int p : PERCENTILES) {
            String a = p == 50 ? medianAnnual : "A_PCT" + p;
            String h = p == 50 ? medianHourly : "H_PCT" + p;
            percentiles.add(new Percentile(p, annual(line, a, hourlyOnly, problems), hourly(line, h, annualOnly, problems)));
        }
        return new Figures(employment, annualMean, hourlyMean, percentiles);
    }

    private static Integer employment(OewsTable.Line line, Problems problems) {
        String cell = line.get("TOT_EMP");
        try {
            OewsValue v = OewsValue.parse(cell, null);
            if (v.topCoded() || (v.present() && v.amount().compareTo(MAX_EMPLOYMENT) > 0)) {
                throw new NumberFormatException();
            }
            return v.present() ? v.amount().setScale(0, RoundingMode.HALF_UP).intValueExact() : null;
        } catch (NumberFormatException | ArithmeticException ex) {
            problems.add("TOT_EMP", "must be a whole number, '*' or '**', not '" + shorten(cell) + "'");
            return null;
        }
    }

    private OewsValue annual(OewsTable.Line line, String column, boolean hourlyOnly, Problems problems) {
        OewsValue v = value(line, column, topCodes.annual(), MAX_ANNUAL, problems);
        return hourlyOnly || !v.present() ? OewsValue.MISSING
                : new OewsValue(v.amount().setScale(0, RoundingMode.HALF_UP), v.topCoded());
    }

    private OewsValue hourly(OewsTable.Line line, String column, boolean annualOnly, Problems problems) {
        OewsValue v = value(line, column, topCodes.hourly(), MAX_HOURLY, problems);
        return annualOnly || !v.present() ? OewsValue.MISSING
                : new OewsValue(v.amount().setScale(2, RoundingMode.HALF_UP), v.topCoded());
    }

    private static OewsValue value(OewsTable.Line line, String column, BigDecimal topCode, BigDecimal max,
                                   Problems problems) {
        String cell = line.get(column);
        try {
            OewsValue v = OewsValue.parse(cell, topCode);
            if (v.present() && v.amount().compareTo(max) > 0) {
                problems.add(column, "is " + v.amount().toPlainString() + ", above the plausible maximum " + max);
                return OewsValue.MISSING;
            }
            return v;
        } catch (NumberFormatException ex) {
            problems.add(column, "must be a number, '*', '**' or '#', not '" + shorten(cell) + "'");
            return OewsValue.MISSING;
        }
    }

    private static boolean isTrue(String flag) {
        return flag != null && flag.strip().equalsIgnoreCase("TRUE");
    }

    /** A cell as it may be quoted back in an error: printable, at most 40 characters. */
    public static String shorten(String s) {
        if (s == null) {
            return "";
        }
        String printable = s.replaceAll("\\p{Cntrl}", "?");
        return printable.length() > 40 ? printable.substring(0, 40) + "..." : printable;
    }
}
