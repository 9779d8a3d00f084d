package com.salaryguide.advice.guide;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;

/**
 * The editorial content of one guide and the records of its sections. Every number is a number, not prose.
 * Ranges: an open top ("$211,450+") has {@code max} null; a printed top followed by "+" ("$170,000-$220,000+")
 * has {@code max} null and {@code maxAtLeast} holding the printed top. {@code version} is the optimistic-locking
 * counter a write must quote.
 */
public record GuideContent(String slug, String title, int year, long version, String intro,
                           List<Classification> classifications,
                           List<KeyTakeaway> keyTakeaways, List<ExperienceLevel> experienceLevels,
                           List<Specialization> specializations, List<Benefit> benefits,
                           List<NegotiationStep> negotiationSteps, List<CareerRole> careerProgression,
                           List<SalaryGrowth> salaryGrowth, List<Faq> faq, List<Source> sources) {

    public record Summary(String slug, String title, int year) {
    }

    public record Range(Long min, @JsonInclude(Include.ALWAYS) Long max, Long maxAtLeast) {
        /** null when the row has no figure at all. */
        static Range of(Long min, Long max, Long maxAtLeast) {
            return min == null && max == null && maxAtLeast == null ? null : new Range(min, max, maxAtLeast);
        }
    }

    /** Where a level sits in a cited BLS distribution: e.g. 15-1252 from the 50th to the 75th percentile. */
    public record Benchmark(String socCode, int fromPercentile, @JsonInclude(Include.ALWAYS) Integer toPercentile) {
    }

    public record Classification(String socCode, String role, String rationale, List<Integer> sources) {
    }

    public record KeyTakeaway(String text, List<Integer> sources) {
    }

    public record ExperienceLevel(String level, String title, int minYears,
                                  @JsonInclude(Include.ALWAYS) Integer maxYears, Range baseSalary,
                                  Range totalCompensation, Range phdBaseSalary, Benchmark benchmark, String summary,
                                  List<Integer> sources) {
    }

    public record Specialization(String name, String summary, Range baseSalary, Range premiumPercent,
                                 Range percentileRange, String benchmarkSocCode, List<Integer> sources) {
    }

    public record Benefit(String name, String summary, Range amount, String period, Range percentOfBase,
                          Long exampleBase, List<Integer> sources) {
    }

    public record NegotiationStep(int step, String title, String detail, List<Figure> figures, List<Integer> sources) {
    }

    /** A number a piece of advice quotes; unit usd, usd-per-year or percent; a single value has min == max. */
    public record Figure(String label, String unit, Long min, @JsonInclude(Include.ALWAYS) Long max, Long maxAtLeast,
                         List<Integer> sources) {
    }

    public record CareerRole(String title, String track, Range baseSalary, String summary) {
    }

    public record SalaryGrowth(String fromLevel, String toLevel, Range years, Range increasePercent,
                               List<Integer> sources) {
    }

    public record Faq(String question, String answer, List<Integer> sources) {
    }

    public record Source(int id, String label, String url) {
    }
}
