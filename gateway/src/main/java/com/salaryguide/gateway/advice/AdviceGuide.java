package com.salaryguide.gateway.advice;

import java.util.List;
import java.util.Map;

import com.salaryguide.gateway.figures.Range;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A guide's editorial content as advice-service serves it ({@code GET /api/v1/advice/guides/{slug}}), read into
 * records: the gateway passes these sections into the whole guide unchanged, and the offer evaluation reads the
 * classifications and experience levels. Fields advice-service adds later are ignored until read here.
 */
public record AdviceGuide(String slug, String title, int year, Text intro, List<Classification> classifications,
                          List<Text> keyTakeaways, List<ExperienceLevel> experienceLevels,
                          List<Specialization> specializations, List<Benefit> benefits,
                          List<NegotiationStep> negotiationSteps, List<CareerRole> careerProgression,
                          List<SalaryGrowth> salaryGrowth, List<Highlight> highlights, List<Faq> faq,
                          List<Source> sources, Map<String, List<Integer>> sectionSources) {

    /** A statement in the guide's words with its citations. */
    @Schema(name = "CitedText")
    public record Text(String text, List<Integer> sources) {
    }

    /** A BLS classification the guide cites, its role (baseline, upper-bound) and why. */
    public record Classification(String socCode, String role, String rationale, List<Integer> sources) {
    }

    /** A percentile band of a BLS classification ({@code socCode} null where the guide names none). */
    public record Benchmark(String socCode, Range percentiles) {
    }

    public record ExperienceLevel(String level, String title, int minYears, Integer maxYears, Range baseSalary,
                                  Range phdBaseSalary, Range totalCompensation, Benchmark benchmark, String summary,
                                  List<Integer> sources) {

        /** Whether a person with this many years of experience is at this level. */
        public boolean covers(int years) {
            return years >= minYears && (maxYears == null || years <= maxYears);
        }
    }

    public record Specialization(String name, String summary, Range baseSalary, Range premiumPercent,
                                 Benchmark benchmark, List<Integer> sources) {
    }

    public record Benefit(String name, String summary, Range amount, String unit, Range percentOfBase,
                          Long exampleBase, List<Integer> sources) {
    }

    /** A cited figure: a caption, a unit, the range (min == max for a single figure) and its citations. */
    public record Figure(String label, String unit, Long min, Long max, Long maxAtLeast, List<Integer> sources) {
    }

    public record NegotiationStep(int step, String title, String detail, List<Figure> figures,
                                  List<Integer> sources) {
    }

    public record CareerRole(String title, String track, Range baseSalary, String summary, List<Integer> sources) {
    }

    public record SalaryGrowth(String fromLevel, String toLevel, Range years, Range increasePercent,
                               List<Integer> sources) {
    }

    /** A statement the guide makes about one section's figures. */
    public record Highlight(String section, String text, List<Figure> figures, List<Integer> sources) {
    }

    public record Faq(String question, String answer, List<Integer> sources) {
    }

    public record Source(int id, String label, String url) {
    }

    /** One entry of the guide list. */
    public record Summary(String slug, String title, int year) {
    }

    /** An editorial guide that cites an occupation, as advice-service's citations endpoint lists it. */
    public record Citation(String socCode, String role, Summary guide) {
    }
}
