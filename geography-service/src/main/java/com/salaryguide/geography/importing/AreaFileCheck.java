package com.salaryguide.geography.importing;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.salaryguide.geography.area.AreaType;
import com.salaryguide.oews.OewsTable;
import com.salaryguide.oews.OewsWages;
import com.salaryguide.problem.InvalidRequestException.FieldProblem;
import com.salaryguide.problem.ProblemList;

/**
 * First pass over an area file: every row checked, problems collected (first 50 reported, with row and column), and
 * only what the write needs kept (the areas seen, and keys to find duplicates), so memory stays bounded however
 * long the file is.
 */
public final class AreaFileCheck {

    static final int MAX_REPORTED = 50;

    /** An area as the file names it, and the first row that does. */
    public record FileArea(String code, AreaType type, String name, String state, long row) {
    }

    private final OewsWages.TopCodes topCodes;
    private final boolean includeGroups;
    private final ProblemList problems = new ProblemList(MAX_REPORTED);
    private final Map<String, Long> skipped = new LinkedHashMap<>();
    private final Set<String> keys = new HashSet<>();
    private final Map<String, FileArea> areas = new LinkedHashMap<>();
    private final Map<String, FileArea> areasByName = new HashMap<>();
    private final Map<AreaType, Integer> areaCounts = new EnumMap<>(AreaType.class);
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
        if (row == null || !area(row, line.number(), at)) {
            return;
        }
        if (!keys.add(row.areaCode() + "|" + row.socCode())) {
            problem(at + "OCC_CODE", row.socCode() + " appears more than once for " + row.areaCode());
            return;
        }
        figureRows++;
        topCoded += row.figures().percentiles().stream().mapToLong(OewsWages.Percentile::topCodedFigures).sum()
                + (row.figures().annualMean().topCoded() ? 1 : 0) + (row.figures().hourlyMean().topCoded() ? 1 : 0);
    }

    /** Records the row's area; false (a problem reported) when it contradicts an earlier row. */
    private boolean area(AreaFigureRow row, long number, String at) {
        FileArea known = areas.get(row.areaCode());
        if (known == null) {
            FileArea area = new FileArea(row.areaCode(), row.areaType(), row.areaName(), row.state(), number);
            FileArea sameName = areasByName.putIfAbsent(nameKey(row.areaType(), row.areaName()), area);
            if (sameName != null) {
                problem(at + "AREA_TITLE", "'" + OewsWages.shorten(row.areaName()) + "' is also the name of area "
                        + sameName.code() + " (row " + sameName.row() + ")");
                return false;
            }
            areas.put(row.areaCode(), area);
            areaCounts.merge(row.areaType(), 1, Integer::sum);
            return true;
        }
        if (known.type() != row.areaType()) {
            problem(at + "AREA_TYPE", row.areaCode() + " is a " + known.type().value() + " area on row " + known.row());
            return false;
        }
        return true;
    }

    private static String nameKey(AreaType type, String name) {
        return type.value() + "|" + name.toLowerCase(Locale.ROOT);
    }

    public List<FieldProblem> problems() {
        if (problems.count() == 0 && figureRows == 0) {
            return List.of(new FieldProblem("file", "has no detailed state, territory, metropolitan or"
                    + " nonmetropolitan rows to import"));
        }
        return problems.reported();
    }

    private void problem(String field, String message) {
        problems.add(field, message);
    }

    /** The areas the file names, by code, in file order. */
    public Map<String, FileArea> areas() {
        return areas;
    }

    /** The kinds of area the file has figures for: that year's figures of these kinds are replaced. */
    public Set<AreaType> areaTypes() {
        return areaCounts.isEmpty() ? EnumSet.noneOf(AreaType.class) : EnumSet.copyOf(areaCounts.keySet());
    }

    public int areaCount(AreaType type) {
        return areaCounts.getOrDefault(type, 0);
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
