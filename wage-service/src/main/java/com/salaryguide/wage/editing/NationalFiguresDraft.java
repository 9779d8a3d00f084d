package com.salaryguide.wage.editing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.salaryguide.oews.PlausibleWages;
import com.salaryguide.problem.InvalidRequestException.FieldProblem;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/**
 * The body of a write of one year's national figures, in the shape the occupation read serves them.
 * {@code version} is the version read, required to change existing figures and left out to create them.
 *
 * <p>Figures typed by hand are exact: top-coded values come only from BLS imports. Published percentiles must not
 * fall as the percentile rises (annual and hourly alike), since a distribution that does would make every rank
 * computed from it meaningless.
 */
@Schema(description = "One data year's national figures written by hand, replacing the stored ones whole. Figures"
        + " typed by hand are exact (reported); percentiles must not fall as the percentile rises.")
public record NationalFiguresDraft(
        @Schema(description = "National employment, 0..200000000; left out or null when not known.",
                example = "30000") Integer employment,
        @Schema(description = "Annual mean wage in whole US dollars (1..10000000); left out or null when not known.",
                example = "140000") Integer annualMean,
        @Schema(description = "Hourly mean wage in US dollars, at most two decimals (0.01..5000.00); left out or"
                + " null when not known.", example = "67.31") BigDecimal hourlyMean,
        @ArraySchema(arraySchema = @Schema(requiredMode = REQUIRED, description = "At least one of the 10th, 25th,"
                + " 50th, 75th and 90th percentiles, each once; one left out is stored without figures."),
                minItems = 1, maxItems = 5) List<PercentileDraft> percentiles,
        @ArraySchema(arraySchema = @Schema(description = "Citation ids (1..999) of the guide sources the figures are"
                + " taken from."), schema = @Schema(example = "7"), maxItems = 20) List<Integer> sources,
        @Schema(description = "The version read (GET .../wages/{dataYear}, or the occupation read's"
                + " figuresVersion); left out to create the year's figures.", example = "0") Long version) {

    static final Set<Integer> PERCENTILES = Set.of(10, 25, 50, 75, 90);

    /** One percentile's figures; either may be absent (BLS publishes none), not both. */
    @Schema(description = "One percentile's figures: an annual or an hourly figure, or both.")
    public record PercentileDraft(
            @Schema(requiredMode = REQUIRED, description = "Which percentile: 10, 25, 50 (the median), 75 or 90.",
                    example = "50") Integer percentile,
            @Schema(description = "Annual wage in whole US dollars (1..10000000).", example = "125000") Integer annual,
            @Schema(description = "Hourly wage in US dollars, at most two decimals (0.01..5000.00).",
                    example = "60.10") BigDecimal hourly) {
    }

    List<FieldProblem> problems() {
        List<FieldProblem> problems = new ArrayList<>();
        annual("annualMean", annualMean, problems);
        hourly("hourlyMean", hourlyMean, problems);
        if (employment != null && (employment < 0 || employment > 200_000_000)) {
            problems.add(new FieldProblem("employment", "must be between 0 and 200000000"));
        }
        List<Integer> ids = sources == null ? List.of() : sources;
        if (ids.size() > 20) {
            problems.add(new FieldProblem("sources", "must cite at most 20 sources"));
        }
        for (int i = 0; i < ids.size(); i++) {
            if (ids.get(i) == null || ids.get(i) <= 0 || ids.get(i) > 999) {
                problems.add(new FieldProblem("sources[" + i + "]", "must be a citation number between 1 and 999"));
            }
        }
        if (version != null && version < 0) {
            problems.add(new FieldProblem("version", "must not be negative"));
        }
        if (percentiles == null || percentiles.isEmpty()) {
            problems.add(new FieldProblem("percentiles", "is required: at least one of the 10th, 25th, 50th, 75th"
                    + " and 90th percentiles"));
            return problems;
        }
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < percentiles.size(); i++) {
            PercentileDraft p = percentiles.get(i);
            String path = "percentiles[" + i + "]";
            if (p == null) {
                problems.add(new FieldProblem(path, "must not be null"));
                continue;
            }
            if (p.percentile() == null || !PERCENTILES.contains(p.percentile()) || !seen.add(p.percentile())) {
                problems.add(new FieldProblem(path + ".percentile", "must be one of 10, 25, 50, 75, 90, each once"));
            }
            if (p.annual() == null && p.hourly() == null) {
                problems.add(new FieldProblem(path, "needs an annual or an hourly figure"));
            }
            annual(path + ".annual", p.annual(), problems);
            hourly(path + ".hourly", p.hourly(), problems);
        }
        if (problems.isEmpty()) {
            ordered(problems);
        }
        return problems;
    }

    /** All five percentiles in order, those the draft leaves out without figures; once {@link #problems()} is empty. */
    List<PercentileDraft> allPercentiles() {
        return PERCENTILES.stream().sorted().map(rank -> percentiles.stream().filter(p -> rank.equals(p.percentile()))
                .findFirst().orElse(new PercentileDraft(rank, null, null))).toList();
    }

    /** Percentiles sorted by rank; only meaningful once {@link #problems()} is empty. */
    List<PercentileDraft> sortedPercentiles() {
        return percentiles.stream().sorted(java.util.Comparator.comparing(PercentileDraft::percentile)).toList();
    }

    private void ordered(List<FieldProblem> problems) {
        Integer lastAnnual = null;
        BigDecimal lastHourly = null;
        for (PercentileDraft p : sortedPercentiles()) {
            String path = "percentiles[" + percentiles.indexOf(p) + "]";
            if (p.annual() != null) {
                if (lastAnnual != null && p.annual() < lastAnnual) {
                    problems.add(new FieldProblem(path + ".annual", "must not be below a lower percentile's figure"));
                }
                lastAnnual = p.annual();
            }
            if (p.hourly() != null) {
                if (lastHourly != null && p.hourly().compareTo(lastHourly) < 0) {
                    problems.add(new FieldProblem(path + ".hourly", "must not be below a lower percentile's figure"));
                }
                lastHourly = p.hourly();
            }
        }
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
