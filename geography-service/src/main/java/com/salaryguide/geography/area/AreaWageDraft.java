package com.salaryguide.geography.area;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.salaryguide.oews.PlausibleWages;
import com.salaryguide.problem.InvalidRequestException.FieldProblem;

/**
 * The body of an area-wage write. {@code version} is the version read, required to change an existing figure
 * (optimistic locking) and left out to create one.
 */
public record AreaWageDraft(Integer dataYear, Integer annualMeanWage, BigDecimal hourlyMeanWage, Integer employment,
                            List<AreaWage.Percentile> percentiles, Integer sourceId, Long version) {

    private static final Set<Integer> PERCENTILES = Set.of(10, 25, 50, 75, 90);

    List<FieldProblem> problems() {
        List<FieldProblem> problems = new ArrayList<>();
        if (dataYear == null || dataYear < 1990 || dataYear > 2100) {
            problems.add(new FieldProblem("dataYear", "is required: a year between 1990 and 2100"));
        }
        if (annualMeanWage == null && hourlyMeanWage == null) {
            problems.add(new FieldProblem("annualMeanWage", "is required unless hourlyMeanWage is given"));
        }
        annual("annualMeanWage", annualMeanWage, problems);
        hourly("hourlyMeanWage", hourlyMeanWage, problems);
        if (employment != null && (employment < 0 || employment > 100_000_000)) {
            problems.add(new FieldProblem("employment", "must be between 0 and 100000000"));
        }
        if (sourceId != null && sourceId <= 0) {
            problems.add(new FieldProblem("sourceId", "must be a positive citation number"));
        }
        if (version != null && version < 0) {
            problems.add(new FieldProblem("version", "must not be negative"));
        }
        Set<Integer> seen = new HashSet<>();
        List<AreaWage.Percentile> ps = percentiles == null ? List.of() : percentiles;
        for (int i = 0; i < ps.size(); i++) {
            AreaWage.Percentile p = ps.get(i);
            String path = "percentiles[" + i + "]";
            if (p == null) {
                problems.add(new FieldProblem(path, "must not be null"));
                continue;
            }
            if (!PERCENTILES.contains(p.percentile()) || !seen.add(p.percentile())) {
                problems.add(new FieldProblem(path + ".percentile", "must be one of 10, 25, 50, 75, 90, each once"));
            }
            if (p.annualTopCoded() != null || p.hourlyTopCoded() != null) {
                problems.add(new FieldProblem(path, "top-coded figures come only from BLS imports"));
            }
            annual(path + ".annual", p.annual(), problems);
            hourly(path + ".hourly", p.hourly(), problems);
        }
        return problems;
    }

    Integer annualAt(int percentile) {
        return percentile(percentile) == null ? null : percentile(percentile).annual();
    }

    BigDecimal hourlyAt(int percentile) {
        return percentile(percentile) == null ? null : percentile(percentile).hourly();
    }

    private AreaWage.Percentile percentile(int percentile) {
        return percentiles == null ? null : percentiles.stream().filter(p -> p != null && p.percentile() == percentile)
                .findFirst().orElse(null);
    }

    private static void annual(String field, Integer value, List<FieldProblem> problems) {
        String problem = PlausibleWages.annualProblem(value);
        if (problem != null) {
            problems.add(new FieldProblem(field, problem));
        }
    }

    private static void hourly(String field, BigDecimal value, List<FieldProblem> problems) {
        String problem = PlausibleWages.hourlyProblem(value);
        if (problem != null) {
            problems.add(new FieldProblem(field, problem));
        }
    }
}
