package com.salaryguide.advice.guide;

import java.util.List;
import java.util.Map;

import com.salaryguide.advice.guide.GuideContent.Benefit;
import com.salaryguide.advice.guide.GuideContent.CareerRole;
import com.salaryguide.advice.guide.GuideContent.Classification;
import com.salaryguide.advice.guide.GuideContent.ExperienceLevel;
import com.salaryguide.advice.guide.GuideContent.Faq;
import com.salaryguide.advice.guide.GuideContent.Highlight;
import com.salaryguide.advice.guide.GuideContent.Intro;
import com.salaryguide.advice.guide.GuideContent.KeyTakeaway;
import com.salaryguide.advice.guide.GuideContent.NegotiationStep;
import com.salaryguide.advice.guide.GuideContent.SalaryGrowth;
import com.salaryguide.advice.guide.GuideContent.Source;
import com.salaryguide.advice.guide.GuideContent.Specialization;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import jakarta.validation.groups.Default;

/**
 * The body of a guide write: the same shape a read returns. A write replaces the whole document, so every section
 * must be sent (an empty list for none, {@code {}} for no section citations): a section left out would otherwise be
 * stored as deleted. {@code slug} is required when creating and, if given when replacing, must match the path.
 * {@code version} is required when replacing (the version the client read). Rules across fields are
 * {@link GuideValidator}'s.
 */
@Schema(name = "AdviceGuideDraft", description = "A whole guide to write: the shape GET returns. Every section is"
        + " required ([] for none, {} for no section citations; classifications and sources need at least one entry);"
        + " slug is required to create and, when replacing, may be left out or must match the path; version is"
        + " required to replace (the version you read). Every listed source must be cited somewhere.")
public record GuideDraft(
        @NotNull(groups = Create.class, message = "is required: lower-case words joined by hyphens")
        @Size(max = 100, message = "must be at most {max} characters")
        @Pattern(regexp = SLUG, message = "must be lower-case words joined by hyphens, like machine-learning-engineer")
        @Schema(nullable = true, example = "machine-learning-engineer") String slug,
        @Text(max = 200) String title,
        @NotNull @Min(value = 1990, message = YEAR) @Max(value = 2100, message = YEAR) Integer year,
        @NotNull(groups = Replace.class, message = "is required: the version of the guide you read (optimistic locking)")
        @PositiveOrZero @Schema(nullable = true, description = "The version you read; null when creating") Long version,
        @NotNull @Valid Intro intro,
        @NotEmpty(message = NON_EMPTY_SECTION) @Size(max = MAX_ITEMS, message = ENTRIES)
        List<@NotNull(message = ENTRY) @Valid Classification> classifications,
        @NotNull(message = SECTION) @Size(max = MAX_ITEMS, message = ENTRIES)
        List<@NotNull(message = ENTRY) @Valid KeyTakeaway> keyTakeaways,
        @NotNull(message = SECTION) @Size(max = MAX_ITEMS, message = ENTRIES)
        List<@NotNull(message = ENTRY) @Valid ExperienceLevel> experienceLevels,
        @NotNull(message = SECTION) @Size(max = MAX_ITEMS, message = ENTRIES)
        List<@NotNull(message = ENTRY) @Valid Specialization> specializations,
        @NotNull(message = SECTION) @Size(max = MAX_ITEMS, message = ENTRIES)
        List<@NotNull(message = ENTRY) @Valid Benefit> benefits,
        @NotNull(message = SECTION) @Size(max = MAX_ITEMS, message = ENTRIES)
        List<@NotNull(message = ENTRY) @Valid NegotiationStep> negotiationSteps,
        @NotNull(message = SECTION) @Size(max = MAX_ITEMS, message = ENTRIES)
        List<@NotNull(message = ENTRY) @Valid CareerRole> careerProgression,
        @NotNull(message = SECTION) @Size(max = MAX_ITEMS, message = ENTRIES)
        List<@NotNull(message = ENTRY) @Valid SalaryGrowth> salaryGrowth,
        @NotNull(message = SECTION) @Size(max = MAX_ITEMS, message = ENTRIES)
        List<@NotNull(message = ENTRY) @Valid Highlight> highlights,
        @NotNull(message = SECTION) @Size(max = MAX_ITEMS, message = ENTRIES)
        List<@NotNull(message = ENTRY) @Valid Faq> faq,
        @NotEmpty(message = NON_EMPTY_SECTION) @Size(max = MAX_ITEMS, message = ENTRIES)
        List<@NotNull(message = ENTRY) @Valid Source> sources,
        @NotNull(message = "is required; send \\{\\} for none") @Size(max = MAX_ITEMS, message = ENTRIES)
        Map<String, List<Integer>> sectionSources) {

    static final String SLUG = "[a-z0-9]+(-[a-z0-9]+)*";
    static final String SOC_CODE = "\\d{2}-\\d{4}";
    static final int MAX_ITEMS = 50;
    static final int MAX_CITATIONS = 20;
    static final long MAX_AMOUNT = 1_000_000_000L;

    static final String SECTION = "is required; send [] for none";
    static final String NON_EMPTY_SECTION = "is required, with at least one entry";
    static final String ENTRIES = "must have at most {max} entries";
    static final String ENTRY = "must be an object, not null";
    static final String SOC_MESSAGE = "must be a SOC code like 15-2051";
    private static final String YEAR = "must be a year between 1990 and 2100";

    /** Validation group of a create: the slug is required as well. */
    interface Create extends Default {
    }

    /** Validation group of a replace: the version read is required as well. */
    interface Replace extends Default {
    }

    /** Lists inside an entry (citations, a step's figures) may be left out for none. */
    static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
