package com.salaryguide.wage.importing;

import com.salaryguide.oews.OewsTable;
import com.salaryguide.oews.OewsValue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.salaryguide.problem.InvalidRequestException.FieldProblem;

/**
 * Builds the national wage figures of one OEWS release from the rows of a file, collecting every problem (the
 * first 50 are reported, with row number and column) instead of stopping at the first, so that a rejected file
 * can be fixed in one go. Nothing here touches a database.
 */
public final class NationalDataset {

    static final int MAX_REPORTED = 50;
    static final int[] PERCENTILES = {10, 25, 50, 75, 90};
    private static final Pattern SOC = Pattern.compile("\\d{2}-\\d{4}");
    private static final BigDecimal MAX_ANNUAL = BigDecimal.valueOf(10_000_000);
    private static final BigDecimal MAX_HOURLY = BigDecimal.valueOf(5_000);
    private static final List<String> REQUIRED = List.of("OCC_CODE", "OCC_TITLE", "A_MEAN", "H_MEAN", "A_PCT10",
            "A_PCT25", "A_PCT75", "A_PCT90", "H_PCT10", "H_PCT25", "H_PCT75", "H_PCT90");

    /** Top codes for "#": e.g. $239,200 a year and $115.00 an hour in recent releases. */
    public record TopCodes(BigDecimal annual, BigDecimal hourly) {
    }

    public record Percentile(int percentile, OewsValue annual, OewsValue hourly) {
    }

    public record Occupation(String socCode, String title, Integer employment, OewsValue annualMean,
                             OewsValue hourlyMean, List<Percentile> percentiles) {
    }

    private final TopCodes topCodes;
    private final boolean includeGroups;
    private final List<Occupation> occupations = new ArrayList<>();
    private final List<FieldProblem> problems = new ArrayList<>();
    private final Map<String, Long> skipped = new LinkedHashMap<>();
    private final Set<String> seen = new HashSet<>();
    private int problemCount;
    private long rowsRead;
    private boolean hasGroupColumn;
    private boolean hasAreaTypeColumn;
    private String medianAnnual = "A_MEDIAN";
    private String medianHourly = "H_MEDIAN";

    public NationalDataset(TopCodes topCodes, boolean includeGroups) {
        this.topCodes = topCodes;
        this.includeGroups = includeGroups;
    }

    public void header(List<String> columns) {
        Set<String> present = new HashSet<>(columns);
        for (String required : REQUIRED) {
            if (!present.contains(required)) {
                problem("columns." + required, "is missing from the header row");
            }
        }
        medianAnnual = present.contains("A_MEDIAN") ? "A_MEDIAN" : "A_PCT50";
        medianHourly = present.contains("H_MEDIAN") ? "H_MEDIAN" : "H_PCT50";
        if (!present.contains(medianAnnual)) {
            problem("columns.A_MEDIAN", "is missing from the header row (A_PCT50 is accepted too)");
        }
        if (!present.contains(medianHourly)) {
            problem("columns.H_MEDIAN", "is missing from the header row (H_PCT50 is accepted too)");
        }
        hasGroupColumn = present.contains("O_GROUP");
        hasAreaTypeColumn = present.contains("AREA_TYPE");
    }

    public void row(OewsTable.Line line) {
        rowsRead++;
        if (!problems.isEmpty() && problems.get(0).field().startsWith("columns.")) {
            return; // the header is wrong: row problems would only repeat it
        }
        if (hasAreaTypeColumn && !"1".equals(line.get("AREA_TYPE"))) {
            skip("not a national row (AREA_TYPE is not 1)");
            return;
        }
        String group = hasGroupColumn ? lower(line.get("O_GROUP")) : "detailed";
        if (!includeGroups && !"detailed".equals(group)) {
            skip("occupation group '" + group + "' (only detailed occupations are imported by default)");
            return;
        }
        String at = "rows[" + line.number() + "].";
        String soc = line.get("OCC_CODE");
        if (soc == null || !SOC.matcher(soc).matches()) {
            problem(at + "OCC_CODE", "must be a SOC code like 15-2051, not '" + shorten(soc) + "'");
            return;
        }
        if (!seen.add(soc)) {
            problem(at + "OCC_CODE", soc + " appears more than once");
            return;
        }
        String title = line.get("OCC_TITLE");
        if (title == null || title.isEmpty() || title.length() > 200) {
            problem(at + "OCC_TITLE", "is required, at most 200 characters");
        }
        boolean annualOnly = isTrue(line.get("ANNUAL"));
        boolean hourlyOnly = isTrue(line.get("HOURLY"));
        Integer employment = employment(line, at);
        OewsValue annualMean = annual(line, "A_MEAN", at, hourlyOnly);
        OewsValue hourlyMean = hourly(line, "H_MEAN", at, annualOnly);
        List<Percentile> percentiles = new ArrayList<>(5);
        for (int p : PERCENTILES) {
            String a = p == 50 ? medianAnnual : "A_PCT" + p;
            String h = p == 50 ? medianHourly : "H_PCT" + p;
            percentiles.add(new Percentile(p, annual(line, a, at, hourlyOnly), hourly(line, h, at, annualOnly)));
        }
        occupations.add(new Occupation(soc, title, employment, annualMean, hourlyMean, percentiles));
    }

    /** Empty when the file can be imported. */
    public List<FieldProblem> problems() {
        if (problemCount > problems.size()) {
            List<FieldProblem> reported = new ArrayList<>(problems);
            reported.add(new FieldProblem("file", (problemCount - problems.size()) + " more problems not listed"));
            return reported;
        }
        if (problemCount == 0 && occupations.isEmpty()) {
            return List.of(new FieldProblem("file", "has no detailed national occupation rows to import"));
        }
        return List.copyOf(problems);
    }

    public List<Occupation> occupations() {
        return occupations;
    }

    public long rowsRead() {
        return rowsRead;
    }

    public Map<String, Long> skipped() {
        return skipped;
    }

    private Integer employment(OewsTable.Line line, String at) {
        try {
            OewsValue v = OewsValue.parse(line.get("TOT_EMP"), null);
            if (v.topCoded() || (v.present() && v.amount().compareTo(BigDecimal.valueOf(1_000_000_000)) > 0)) {
                throw new NumberFormatException();
            }
            return v.present() ? v.amount().setScale(0, RoundingMode.HALF_UP).intValueExact() : null;
        } catch (NumberFormatException | ArithmeticException ex) {
            problem(at + "TOT_EMP", "must be a whole number, '*' or '**', not '" + shorten(line.get("TOT_EMP")) + "'");
            return null;
        }
    }

    /** Annual figures are whole dollars; an hourly-only occupation publishes none (HOURLY = TRUE). */
    private OewsValue annual(OewsTable.Line line, String column, String at, boolean hourlyOnly) {
        OewsValue v = value(line, column, at, topCodes.annual(), MAX_ANNUAL);
        if (hourlyOnly || !v.present()) {
            return OewsValue.MISSING;
        }
        return new OewsValue(v.amount().setScale(0, RoundingMode.HALF_UP), v.topCoded());
    }

    /** Hourly figures have two decimals; an annual-only occupation publishes none (ANNUAL = TRUE). */
    private OewsValue hourly(OewsTable.Line line, String column, String at, boolean annualOnly) {
        OewsValue v = value(line, column, at, topCodes.hourly(), MAX_HOURLY);
        if (annualOnly || !v.present()) {
            return OewsValue.MISSING;
        }
        return new OewsValue(v.amount().setScale(2, RoundingMode.HALF_UP), v.topCoded());
    }

    private OewsValue value(OewsTable.Line line, String column, String at, BigDecimal topCode, BigDecimal max) {
        String cell = line.get(column);
        try {
            OewsValue v = OewsValue.parse(cell, topCode);
            if (v.present() && v.amount().compareTo(max) > 0) {
                problem(at + column, "is " + v.amount().toPlainString() + ", above the plausible maximum " + max);
                return OewsValue.MISSING;
            }
            return v;
        } catch (NumberFormatException ex) {
            problem(at + column, "must be a number, '*', '**' or '#', not '" + shorten(cell) + "'");
            return OewsValue.MISSING;
        }
    }

    private void skip(String reason) {
        skipped.merge(reason, 1L, Long::sum);
    }

    private void problem(String field, String message) {
        problemCount++;
        if (problems.size() < MAX_REPORTED) {
            problems.add(new FieldProblem(field, message));
        }
    }

    private static boolean isTrue(String flag) {
        return flag != null && flag.strip().equalsIgnoreCase("TRUE");
    }

    private static String lower(String s) {
        return s == null ? "" : s.strip().toLowerCase(Locale.ROOT);
    }

    private static String shorten(String s) {
        if (s == null) {
            return "";
        }
        String printable = s.replaceAll("\\p{Cntrl}", "?");
        return printable.length() > 40 ? printable.substring(0, 40) + "..." : printable;
    }
}
