package com.salaryguide.advice.guide;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Null;
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
 * The editorial content of one guide and the records of its sections, in the platform's one JSON vocabulary
 * (docs/api-style.md): every key of a record is always written, {@code null} where a value does not apply and
 * {@code []} for none, whatever the service's Jackson default is. Every number is a number, not prose; every range is
 * a {@link Range}. {@code version} is the optimistic-locking counter a write must quote. The constraints on the
 * section records are the rules of each field of a write ({@link GuideDraft}); rules across fields (ranges in order,
 * citations resolving) are {@link GuideValidator}'s.
 */
@JsonInclude(Include.ALWAYS)
@Schema(name = "AdviceGuide", description = "The editorial content of a guide. Every key is always present: null where"
        + " a value does not apply, [] for none.", example = GuideExample.JSON)
public record GuideContent(
        @Schema(description = "The guide's identifier: lower-case words joined by hyphens",
                example = "machine-learning-engineer") String slug,
        @Schema(description = "The guide's heading") String title,
        @Schema(description = "The guide's edition", example = "2026") int year,
        @Schema(description = "Optimistic-locking counter: send it back unchanged with a replacement or deletion")
        long version,
        Intro intro,
        List<Classification> classifications,
        List<KeyTakeaway> keyTakeaways,
        List<ExperienceLevel> experienceLevels,
        List<Specialization> specializations,
        List<Benefit> benefits,
        List<NegotiationStep> negotiationSteps,
        List<CareerRole> careerProgression,
        List<SalaryGrowth> salaryGrowth,
        @Schema(description = "Statements the guide makes about a section's figures, with those figures")
        List<Highlight> highlights,
        List<Faq> faq,
        @Schema(description = "The guide's numbered sources; every one is cited somewhere in the guide")
        List<Source> sources,
        @Schema(description = "Citations the guide attaches to a whole section, by section name (classifications,"
                + " keyTakeaways, experienceLevels, topStates, topMetros, specializations, benefits, negotiationSteps,"
                + " careerProgression, salaryGrowth, faq); stated once here and not repeated on the section's items."
                + " A section with no such citation is not a key.",
                example = "{\"topStates\": [6]}")
        Map<String, List<Integer>> sectionSources) {

    @JsonInclude(Include.ALWAYS)
    @Schema(name = "AdviceGuideSummary", description = "A guide as listed: slug, title and edition year")
    public record Summary(@Schema(example = "machine-learning-engineer") String slug,
                          @Schema(example = "Machine Learning Engineer Salary Guide") String title,
                          @Schema(example = "2026") int year) {
    }

    /**
     * A range in the unit of the key that holds it; a single printed figure has min == max. An open top ("$211,450+")
     * has max null; a printed top followed by "+" ("$170,000-$220,000+") has max null and maxAtLeast the printed top.
     */
    @JsonInclude(Include.ALWAYS)
    @Schema(description = "A range in the unit of the key that holds it; a single figure has min equal to max. An open"
            + " top (\"$211,450+\") has max null; a printed top followed by \"+\" (\"$170,000-$220,000+\") has max null"
            + " and maxAtLeast the printed top; otherwise maxAtLeast is null.")
    public record Range(@NotNull(message = "is required: a range has a bottom (a single figure has min equal to max)")
                        @PositiveOrZero @Schema(example = "130000") Long min,
                        @PositiveOrZero @Schema(example = "170000", nullable = true) Long max,
                        @PositiveOrZero @Schema(description = "The printed top of a range ending in \"+\"", nullable = true)
                        Long maxAtLeast) {
        /** null when the row has no figure at all. */
        static Range of(Long min, Long max, Long maxAtLeast) {
            return min == null && max == null && maxAtLeast == null ? null : new Range(min, max, maxAtLeast);
        }
    }

    /** Percentiles of a benchmark: only the ones BLS publishes, never a top printed with "+". */
    @JsonInclude(Include.ALWAYS)
    @Schema(description = "A band of published BLS percentiles (10, 25, 50, 75, 90); max null means at or above min;"
            + " maxAtLeast is always null")
    public record Percentiles(@NotNull @PublishedPercentile @Schema(example = "50") Integer min,
                              @PublishedPercentile @Schema(example = "75", nullable = true) Integer max,
                              @Null(message = "must be null: a percentile band has no top printed with +")
                              @Schema(nullable = true) Integer maxAtLeast) {
    }

    /** Where pay sits in a BLS distribution: e.g. 15-1252 from the 50th to the 75th percentile. */
    @JsonInclude(Include.ALWAYS)
    @Schema(description = "Where pay sits in a BLS wage distribution, e.g. 15-1252 from the 50th to the 75th percentile")
    public record Benchmark(@Pattern(regexp = SOC_CODE, message = SOC_MESSAGE)
                            @Schema(description = "The classification the percentiles belong to; null where the guide"
                                    + " names none", example = "15-1252", nullable = true) String socCode,
                            @NotNull @Valid Percentiles percentiles) {
    }

    @JsonInclude(Include.ALWAYS)
    @Schema(name = "GuideIntro", description = "The guide's opening text, in our own words")
    public record Intro(@Text(max = 2000) String text,
                        @Size(max = MAX_CITATIONS, message = ENTRIES) List<@NotNull @Positive Integer> sources) {
    }

    @JsonInclude(Include.ALWAYS)
    @Schema(name = "GuideClassification", description = "A BLS classification the guide reads pay through")
    public record Classification(@NotNull @Pattern(regexp = SOC_CODE, message = SOC_MESSAGE)
                                 @Schema(example = "15-2051") String socCode,
                                 @NotNull @Pattern(regexp = "baseline|upper-bound",
                                         message = "must be one of baseline, upper-bound")
                                 @Schema(allowableValues = {"baseline", "upper-bound"}) String role,
                                 @Text(max = 1000) String rationale,
                                 @Size(max = MAX_CITATIONS, message = ENTRIES) List<@NotNull @Positive Integer> sources) {
    }

    @JsonInclude(Include.ALWAYS)
    public record KeyTakeaway(@Text(max = 1000) String text,
                              @Size(max = MAX_CITATIONS, message = ENTRIES) List<@NotNull @Positive Integer> sources) {
    }

    @JsonInclude(Include.ALWAYS)
    public record ExperienceLevel(@NotNull @Size(max = 30, message = "must be at most {max} characters")
                                  @Pattern(regexp = "[a-z]+(-[a-z]+)*",
                                          message = "must be lower-case words joined by hyphens, like senior")
                                  @Schema(example = "mid") String level,
                                  @Text(max = 200) String title,
                                  @NotNull @Min(0) @Max(70) Integer minYears,
                                  @Min(0) @Max(70) @Schema(description = "null: open-ended", nullable = true) Integer maxYears,
                                  @Valid @Schema(description = "Base salary, US dollars a year", nullable = true) Range baseSalary,
                                  @Valid @Schema(description = "Base salary with a PhD, US dollars a year",
                                          nullable = true) Range phdBaseSalary,
                                  @Valid @Schema(description = "Base, equity and bonus, US dollars a year",
                                          nullable = true) Range totalCompensation,
                                  @Valid @Schema(nullable = true) Benchmark benchmark,
                                  @Text(max = 2000) String summary,
                                  @Size(max = MAX_CITATIONS, message = ENTRIES) List<@NotNull @Positive Integer> sources) {
    }

    @JsonInclude(Include.ALWAYS)
    public record Specialization(@Text(max = 200) String name, @Text(max = 2000) String summary,
                                 @Valid @Schema(description = "Base salary, US dollars a year", nullable = true)
                                 Range baseSalary,
                                 @Valid @Schema(description = "Premium over generalist roles, percent", nullable = true)
                                 Range premiumPercent,
                                 @Valid @Schema(nullable = true) Benchmark benchmark,
                                 @Size(max = MAX_CITATIONS, message = ENTRIES) List<@NotNull @Positive Integer> sources) {
    }

    @JsonInclude(Include.ALWAYS)
    public record Benefit(@Text(max = 200) String name, @Text(max = 2000) String summary,
                          @Valid @Schema(description = "The benefit's value, in unit", nullable = true) Range amount,
                          @Pattern(regexp = UNIT, message = UNIT_MESSAGE)
                          @Schema(description = "The unit of amount; null when there is no amount", nullable = true,
                                  allowableValues = {"usd-per-year", "usd", "usd-per-event", "percent"}) String unit,
                          @Valid @Schema(description = "What the benefit adds to base salary, percent", nullable = true)
                          Range percentOfBase,
                          @Positive @Max(MAX_AMOUNT)
                          @Schema(description = "The base salary, US dollars a year, that amount is quoted for",
                                  nullable = true) Long exampleBase,
                          @Size(max = MAX_CITATIONS, message = ENTRIES) List<@NotNull @Positive Integer> sources) {
    }

    @JsonInclude(Include.ALWAYS)
    public record NegotiationStep(@NotNull @Schema(description = "1, 2, 3... in order") Integer step,
                                  @Text(max = 200) String title, @Text(max = 2000) String detail,
                                  @Size(max = MAX_ITEMS, message = ENTRIES)
                                  List<@NotNull(message = ENTRY) @Valid Figure> figures,
                                  @Size(max = MAX_CITATIONS, message = ENTRIES) List<@NotNull @Positive Integer> sources) {
    }

    /** A number a piece of advice quotes, as a range in its unit; a single value has min == max. */
    @JsonInclude(Include.ALWAYS)
    @Schema(name = "CitedFigure", description = "A figure the text quotes, as a range in unit (a single value has min"
            + " equal to max), with its caption and citations")
    public record Figure(@Text(max = 300) String label,
                         @NotNull @Pattern(regexp = UNIT, message = UNIT_MESSAGE)
                         @Schema(allowableValues = {"usd-per-year", "usd", "usd-per-event", "percent"}) String unit,
                         @NotNull(message = "is required (a single value has min equal to max)") @PositiveOrZero Long min,
                         @PositiveOrZero @Schema(nullable = true) Long max,
                         @PositiveOrZero @Schema(nullable = true) Long maxAtLeast,
                         @Size(max = MAX_CITATIONS, message = ENTRIES) List<@NotNull @Positive Integer> sources) {
    }

    @JsonInclude(Include.ALWAYS)
    public record CareerRole(@Text(max = 200) String title,
                             @NotNull @Pattern(regexp = "management|research",
                                     message = "must be one of management, research")
                             @Schema(allowableValues = {"management", "research"}) String track,
                             @Valid @Schema(description = "Base salary, US dollars a year", nullable = true)
                             Range baseSalary,
                             @Text(max = 1000) String summary,
                             @Size(max = MAX_CITATIONS, message = ENTRIES) List<@NotNull @Positive Integer> sources) {
    }

    @JsonInclude(Include.ALWAYS)
    public record SalaryGrowth(@NotNull @Schema(description = "An experience level of the guide", example = "entry")
                               String fromLevel,
                               @NotNull @Schema(description = "An experience level of the guide", example = "senior")
                               String toLevel,
                               @NotNull @Valid @Schema(description = "Years it takes") Range years,
                               @NotNull @Valid @Schema(description = "Increase in base salary, percent")
                               Range increasePercent,
                               @Size(max = MAX_CITATIONS, message = ENTRIES) List<@NotNull @Positive Integer> sources) {
    }

    /** What the guide says about a section's figures (the top state, a range across classifications), with them. */
    @JsonInclude(Include.ALWAYS)
    @Schema(description = "A statement the guide makes about a section's figures, with those figures")
    public record Highlight(@NotNull @Pattern(regexp = SECTION_NAME, message = SECTION_MESSAGE)
                            @Schema(description = "The section the statement is about", example = "topStates")
                            String section,
                            @Text(max = 1000) String text,
                            @Size(max = MAX_ITEMS, message = ENTRIES) List<@NotNull(message = ENTRY) @Valid Figure> figures,
                            @Size(max = MAX_CITATIONS, message = ENTRIES) List<@NotNull @Positive Integer> sources) {
    }

    @JsonInclude(Include.ALWAYS)
    public record Faq(@Text(max = 500) String question, @Text(max = 2000) String answer,
                      @Size(max = MAX_CITATIONS, message = ENTRIES) List<@NotNull @Positive Integer> sources) {
    }

    @JsonInclude(Include.ALWAYS)
    @Schema(name = "GuideSource", description = "A numbered source the guide cites")
    public record Source(@NotNull @Positive @Schema(example = "1") Integer id, @Text(max = 500) String label,
                         @Size(max = 500, message = "must be at most {max} characters")
                         @Pattern(regexp = "https?://[^\\s/?#]+([/?#]\\S*)?", message = "must be an http(s) URL")
                         @Schema(description = "null where the guide gives no address", nullable = true) String url) {
    }

    /**
     * Units of a quoted figure or a benefit's amount. An hourly amount ({@code usd-per-hour} in the vocabulary) is not
     * among them: these figures are whole numbers, and an hourly one must carry two decimals.
     */
    static final String UNIT = "usd-per-year|usd|usd-per-event|percent";
    static final String UNIT_MESSAGE = "must be one of usd-per-year, usd, usd-per-event, percent";

    /**
     * The sections of the whole guide that can carry a citation of their own ({@code sectionSources}) or a highlight;
     * topStates and topMetros are filled by geography-service, their citations are the guide's.
     */
    static final String SECTION_NAME = "classifications|keyTakeaways|experienceLevels|topStates|topMetros"
            + "|specializations|benefits|negotiationSteps|careerProgression|salaryGrowth|faq";
    static final List<String> SECTION_NAMES = List.of(SECTION_NAME.split("\\|"));
    static final String SECTION_LIST = "classifications, keyTakeaways, experienceLevels, topStates, topMetros,"
            + " specializations, benefits, negotiationSteps, careerProgression, salaryGrowth, faq";
    static final String SECTION_MESSAGE = "must be one of " + SECTION_LIST;
}
