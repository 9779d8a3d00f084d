package com.salaryguide.wage.importing;

import com.salaryguide.oews.OewsOccupations;
import com.salaryguide.oews.OewsTable;
import com.salaryguide.oews.OewsValue;
import com.salaryguide.oews.OewsWages;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import com.salaryguide.problem.InvalidRequestException.FieldProblem;
import com.salaryguide.problem.ProblemList;

/**
 * Builds the national wage figures of one OEWS release from the rows of a file, collecting every problem (the
 * first 50 are reported, with row number and column) instead of stopping at the first, so that a rejected file
 * can be fixed in one go. Nothing here touches a database.
 */
public final class NationalDataset {

    static final int MAX_REPORTED = 50;

    public record Occupation(String socCode, String title, Integer employment, OewsValue annualMean,
                             OewsValue hourlyMean, List<OewsWages.Percentile> percentiles) {
    }

    private final OewsWages.TopCodes topCodes;
    private OewsWages wages;
    private final boolean includeGroups;
    private final List<Occupation> occupations = new ArrayList<>();
    private final ProblemList problems = new ProblemList(MAX_REPORTED);
    private final Map<String, Long> skipped = new LinkedHashMap<>();
    private final Set<String> seen = new HashSet<>();
    private boolean headerBroken;
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
        headerBroken = problems.count() > 0;
    }

    public void row(OewsTable.Line line) {
        rowsRead++;
        if (headerBroken) {
            return; // row problems would only repeat the header's
        }
        if (hasAreaTypeColumn && !"1".equals(line.get("AREA_TYPE"))) {
            skip("not a national row (AREA_TYPE is not 1)");
            return;
        }
        // with the column, an empty cell is no group at all, not a detailed occupation
        String skipGroup = OewsOccupations.groupSkipReason(
                hasGroupColumn ? Objects.requireNonNullElse(line.get("O_GROUP"), "") : null, includeGroups);
        if (skipGroup != null) {
            skip(skipGroup);
            return;
        }
        String at = "rows[" + line.number() + "].";
        String soc = line.get("OCC_CODE");
        String socProblem = OewsOccupations.socCodeProblem(soc);
        if (socProblem != null) {
            problem(at + "OCC_CODE", socProblem);
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
        if (problems.count() == 0 && occupations.isEmpty()) {
            return List.of(new FieldProblem("file", "has no detailed national occupation rows to import"));
        }
        return problems.reported();
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
        problems.add(field, message);
    }
}
