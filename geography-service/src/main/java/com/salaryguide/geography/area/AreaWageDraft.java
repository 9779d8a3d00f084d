package com.salaryguide.geography.area;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.salaryguide.oews.PlausibleWages;
import com.salaryguide.problem.InvalidRequestException.FieldProblem;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The body of an area-wage write. {@code version} is the version read, required to change an existing figure
 * (optimistic locking) and left out to create one.
 */
@Schema(name = "AreaFiguresDraft", description = "An occupation's figures in one area for one year, typed by hand"
        + " (exact: top-coded figures come only from BLS imports).")
public record AreaWageDraft(@Schema(example = "2026", requiredMode = Schema.RequiredMode.REQUIRED) Integer dataYear,
                            @Schema(example = "120000", description = "required unless hourlyMeanWage is given")
                            Integer annualMeanWage,
                            @Schema(example = "57.69", types = {"number", "null"}) BigDecimal hourlyMeanWage,
                            @Schema(example = "1200") Integer employment,
                            List<PercentileDraft> percentiles,
                            @Schema(example = "6", description = "the guide source the figures are taken from")
                            Integer sourceId,
                            @Schema(example = "0", description = "the version read; leave it out to create")
                            Long version) {

    /** One percentile typed by hand: exact amounts. */
    @Schema(name = "AreaPercentileDraft")
    public record PercentileDraft(@Schema(example = "50", description = "10, 25, 50, 75 or 90") Integer percentile,
                                  @Schema(example = "115000") Integer annual,
                                  @Schema(example = "55.29", types = {"number", "null"}) BigDecimal hourly) {
    }

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
        List<PercentileDraft> ps = percentiles == null ? List.of() : percentiles;
        for (int i = 0; i < ps.size(); i++) {
            PercentileDraft p = ps.get(i);
            String path = "percentiles[" + i + "]";
            if (p == null) {
                problems.add(new FieldProblem(path, "must not be null"));
                continue;
            }
            if (p.percentile() == null || !PERCENTILES.contains(p.percentile()) || !seen.add(p.percentile())) {
                problems.add(new FieldProblem(path + ".percentile", "must be one of 10, 25, 50, 75, 90, each once"));
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

    private PercentileDraft percentile(int percentile) {
        return percentiles == null ? null : percentiles.stream()
                .filter(p -> p != null && p.percentile() != null && p.percentile() == percentile)
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
