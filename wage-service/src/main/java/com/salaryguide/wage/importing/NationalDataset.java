package com.salaryguide.wage.importing;

import com.salaryguide.oews.OewsTable;
import com.salaryguide.oews.OewsValue;
import com.salaryguide.oews.OewsWages;

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
    private static final Pattern SOC = Pattern.compile("\\d{2}-\\d{4}");

    public record Occupation(String socCode, String title, Integer employment, OewsValue annualMean,
                             OewsValue hourlyMean, List<OewsWages.Percentile> percentiles) {
    }

    private final OewsWages.TopCodes topCodes;
    private OewsWages wages;
    private final boolean includeGroups;
    private final List<Occupation> occupations = new ArrayList<>();
    private final List<FieldProblem> problems = new ArrayList<>();
    private final Map<String, Long> skipped = new LinkedHashMap<>();
    private final Set<String> seen = new HashSet<>();
    private int problemCount;
    private long rowsRead;
    private boolean hasGroupColumn;
    private boolean hasAreaTypeColumn;

    public NationalDataset(OewsWages.TopCodes topCodes, boolean includeGroups) {
        this.topCodes = topCodes;
        this.includeGroups = includeGroups;
    }

    public void header(List<String> columns) {
        Set<String> present = new HashSet<>(columns);
        wages = OewsWages.forHeader(present, topCodes, (column, message) -> problem("columns." + column, message));
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
            problem(at + "OCC_CODE", "must be a SOC code like 15-2051, not '" + OewsWages.shorten(soc) + "'");
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
        OewsWages.Figures figures = wages.read(line, (column, message) -> problem(at + column, message));
        occupations.add(new Occupation(soc, title, figures.employment(), figures.annualMean(), figures.hourlyMean(),
                figures.percentiles()));
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

    private void skip(String reason) {
        skipped.merge(reason, 1L, Long::sum);
    }

    private void problem(String field, String message) {
        problemCount++;
        if (problems.size() < MAX_REPORTED) {
            problems.add(new FieldProblem(field, message));
        }
    }

    private static String lower(String s) {
        return s == null ? "" : s.strip().toLowerCase(Locale.ROOT);
    }
}
