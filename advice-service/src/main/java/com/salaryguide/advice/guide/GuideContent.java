package com.salaryguide.advice.guide;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import static com.salaryguide.advice.guide.GuideDraft.ENTRIES;
import static com.salaryguide.advice.guide.GuideDraft.ENTRY;
import static com.salaryguide.advice.guide.GuideDraft.MAX_AMOUNT;
import static com.salaryguide.advice.guide.GuideDraft.MAX_CITATIONS;
import static com.salaryguide.advice.guide.GuideDraft.MAX_ITEMS;
import static com.salaryguide.advice.guide.GuideDraft.SOC_CODE;
import static com.salaryguide.advice.guide.GuideDraft.SOC_MESSAGE;

/**
 * The editorial content of one guide and the records of its sections. Every number is a number, not prose.
 * Ranges: an open top ("$211,450+") has {@code max} null; a printed top followed by "+" ("$170,000-$220,000+")
 * has {@code max} null and {@code maxAtLeast} holding the printed top. {@code version} is the optimistic-locking
 * counter a write must quote. The constraints on the section records are the rules of each field of a write
 * ({@link GuideDraft}); whether a range's bounds are in order and within what it measures is {@link GuideValidator}'s.
 */
public record GuideContent(String slug, String title, int year, long version, String intro,
                           List<Classification> classifications,
                           List<KeyTakeaway> keyTakeaways, List<ExperienceLevel> experienceLevels,
                           List<Specialization> specializations, List<Benefit> benefits,
                           List<NegotiationStep> negotiationSteps, List<CareerRole> careerProgression,
                           List<SalaryGrowth> salaryGrowth, List<Faq> faq, List<Source> sources) {

    public record Summary(String slug, String title, int year) {
    }

    public record Range(@PositiveOrZero Long min, @JsonInclude(Include.ALWAYS) @PositiveOrZero Long max,
                        @PositiveOrZero Long maxAtLeast) {
        /** null when the row has no figure at all. */
        static Range of(Long min, Long max, Long maxAtLeast) {
            return min == null && max == null && maxAtLeast == null ? null : new Range(min, max, maxAtLeast);
        }
    }

    /** Where a level sits in a cited BLS distribution: e.g. 15-1252 from the 50th to the 75th percentile. */
    public record Benchmark(@NotNull @Pattern(regexp = SOC_CODE, message = SOC_MESSAGE) String socCode,
                            @NotNull @PublishedPercentile Integer fromPercentile,
                            @JsonInclude(Include.ALWAYS) @PublishedPercentile Integer toPercentile) {
    }

    public record Classification(@NotNull @Pattern(regexp = SOC_CODE, message = SOC_MESSAGE) String socCode,
                                 @NotNull @Pattern(regexp = "baseline|upper-bound",
                                         message = "must be one of baseline, upper-bound") String role,
                                 @Text(max = 1000) String rationale,
                                 @Size(max = MAX_CITATIONS, message = ENTRIES) List<@NotNull @Positive Integer> sources) {
    }

    public record KeyTakeaway(@Text(max = 1000) String text,
                              @Size(max = MAX_CITATIONS, message = ENTRIES) List<@NotNull @Positive Integer> sources) {
    }

    public record ExperienceLevel(@NotNull @Size(max = 30, message = "must be at most {max} characters")
                                  @Pattern(regexp = "[a-z]+(-[a-z]+)*",
                                          message = "must be lower-case words joined by hyphens, like senior") String level,
                                  @Text(max = 200) String title,
                                  @NotNull @Min(0) @Max(70) Integer minYears,
                                  @JsonInclude(Include.ALWAYS) @Min(0) @Max(70) Integer maxYears,
                                  @Valid Range baseSalary, @Valid Range totalCompensation, @Valid Range phdBaseSalary,
                                  @Valid Benchmark benchmark,
                                  @Text(max = 2000) String summary,
                                  @Size(max = MAX_CITATIONS, message = ENTRIES) List<@NotNull @Positive Integer> sources) {
    }

    public record Specialization(@Text(max = 200) String name, @Text(max = 2000) String summary,
                                 @Valid Range baseSalary, @Valid Range premiumPercent, @Valid Range percentileRange,
                                 @Pattern(regexp = SOC_CODE, message = SOC_MESSAGE) String benchmarkSocCode,
                                 @Size(max = MAX_CITATIONS, message = ENTRIES) List<@NotNull @Positive Integer> sources) {
    }

    public record Benefit(@Text(max = 200) String name, @Text(max = 2000) String summary, @Valid Range amount,
                          @Pattern(regexp = "annual|one-time|per-conference",
                                  message = "must be one of annual, one-time, per-conference") String period,
                          @Valid Range percentOfBase,
                          @Positive @Max(MAX_AMOUNT) Long exampleBase,
                          @Size(max = MAX_CITATIONS, message = ENTRIES) List<@NotNull @Positive Integer> sources) {
    }

    public record NegotiationStep(@NotNull Integer step, @Text(max = 200) String title, @Text(max = 2000) String detail,
                                  @Size(max = MAX_ITEMS, message = ENTRIES)
                                  List<@NotNull(message = ENTRY) @Valid Figure> figures,
                                  @Size(max = MAX_CITATIONS, message = ENTRIES) List<@NotNull @Positive Integer> sources) {
    }

    /** A number a piece of advice quotes; unit usd, usd-per-year or percent; a single value has min == max. */
    public record Figure(@Text(max = 300) String label,
                         @NotNull @Pattern(regexp = "usd|usd-per-year|percent",
                                 message = "must be one of usd, usd-per-year, percent") String unit,
                         @NotNull(message = "is required (a single value has min equal to max)") @PositiveOrZero Long min,
                         @JsonInclude(Include.ALWAYS) @PositiveOrZero Long max, @PositiveOrZero Long maxAtLeast,
                         @Size(max = MAX_CITATIONS, message = ENTRIES) List<@NotNull @Positive Integer> sources) {
    }

    public record CareerRole(@Text(max = 200) String title,
                             @NotNull @Pattern(regexp = "management|research",
                                     message = "must be one of management, research") String track,
                             @Valid Range baseSalary, @Text(max = 1000) String summary) {
    }

    public record SalaryGrowth(@NotNull String fromLevel, @NotNull String toLevel, @NotNull @Valid Range years,
                               @NotNull @Valid Range increasePercent,
                               @Size(max = MAX_CITATIONS, message = ENTRIES) List<@NotNull @Positive Integer> sources) {
    }

    public record Faq(@Text(max = 500) String question, @Text(max = 2000) String answer,
                      @Size(max = MAX_CITATIONS, message = ENTRIES) List<@NotNull @Positive Integer> sources) {
    }

    public record Source(@NotNull @Positive Integer id, @Text(max = 500) String label,
                         @Size(max = 500, message = "must be at most {max} characters")
                         @Pattern(regexp = "https?://[^\\s/?#]+([/?#]\\S*)?", message = "must be an http(s) URL")
                         String url) {
    }
}
