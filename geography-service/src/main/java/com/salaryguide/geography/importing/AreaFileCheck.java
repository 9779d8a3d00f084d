package com.salaryguide.geography.importing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.salaryguide.geography.area.AreaType;
import com.salaryguide.oews.OewsTable;
import com.salaryguide.oews.OewsWages;
import com.salaryguide.problem.InvalidRequestException.FieldProblem;
import com.salaryguide.problem.ProblemList;

/**
 * First pass over a state or metro file: every row checked, problems collected (first 50 reported, with row and
 * column), and only what the write needs kept (the areas seen, and keys to find duplicates), so memory stays
 * bounded however long the file is.
 */
public final class AreaFileCheck {

    static final int MAX_REPORTED = 50;

    private final OewsWages.TopCodes topCodes;
    private final boolean includeGroups;
    private final ProblemList problems = new ProblemList(MAX_REPORTED);
    private final Map<String, Long> skipped = new LinkedHashMap<>();
    private final Set<String> keys = new HashSet<>();
    private final Map<String, String> metros = new LinkedHashMap<>();
    private final Map<String, String> states = new LinkedHashMap<>();
    private final Set<AreaType> types = new HashSet<>();
    private OewsWages wages;
    private boolean headerBroken;
    private long rowsRead;
    private long figureRows;
    private long topCoded;

    public AreaFileCheck(OewsWages.TopCodes topCodes, boolean includeGroups) {
        this.topCodes = topCodes;
        this.includeGroups = includeGroups;
    }

    public void header(List<String> columns) {
        Set<String> present = new HashSet<>(columns);
        for (String column : List.of("AREA", "AREA_TITLE", "AREA_TYPE", "PRIM_STATE")) {
            if (!present.contains(column)) {
                problem("columns." + column, "is missing from the header row");
            }
        }
        wages = OewsWages.forHeader(present, topCodes, (column, message) -> problem("columns." + column, message));
        headerBroken = problems.count() > 0;
    }

    public void row(OewsTable.Line line) {
        rowsRead++;
        if (headerBroken) {
            return;
        }
        String at = "rows[" + line.number() + "].";
        AreaFigureRow.Outcome outcome = AreaFigureRow.read(line, wages, includeGroups,
                (column, message) -> problem(at + column, message));
        if (outcome.skipReason() != null) {
            skipped.merge(outcome.skipReason(), 1L, Long::sum);
            return;
        }
        AreaFigureRow row = outcome.row();
        if (row == null) {
            return;
        }
        if (!keys.add(row.areaType() + "|" + row.areaCode() + "|" + row.socCode())) {
            problem(at + "OCC_CODE", row.socCode() + " appears more than once for " + row.areaCode());
            return;
        }
        types.add(row.areaType());
        if (row.areaType() == AreaType.metro) {
            metros.putIfAbsent(row.areaCode(), row.areaName());
        } else {
            states.putIfAbsent(row.areaCode(), row.areaName());
        }
        figureRows++;
        topCoded += row.figures().percentiles().stream().mapToLong(OewsWages.Percentile::topCodedFigures).sum();
    }

    public List<FieldProblem> problems() {
        if (problems.count() == 0 && figureRows == 0) {
            return List.of(new FieldProblem("file", "has no detailed state or metropolitan rows to import"));
        }
        return problems.reported();
    }

    private void problem(String field, String message) {
        problems.add(field, message);
    }

    public Map<String, String> metros() {
        return metros;
    }

    public Map<String, String> states() {
        return states;
    }

    public Set<AreaType> areaTypes() {
        return types;
    }

    public Map<String, Long> skipped() {
        return skipped;
    }

    public long rowsRead() {
        return rowsRead;
    }

    public long figureRows() {
        return figureRows;
    }

    public long topCodedFigures() {
        return topCoded;
    }
}
