package com.salaryguide.gateway.guide;

import java.util.List;
import java.util.Map;

import com.salaryguide.gateway.advice.AdviceGuide;
import com.salaryguide.gateway.figures.Percentile;
import com.salaryguide.gateway.figures.ProjectedGrowth;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A whole editorial guide in the public shape. Every key is always present (docs/api-style.md): a section whose
 * owning service could not answer is null and named in {@code unavailableSections}; data the guide cites but the
 * services do not hold is named in {@code dataGaps}. Advice-owned sections are advice-service's content as it
 * serves it; classifications add wage-service's national figures, topStates and topMetros geography-service's.
 */
@Schema(name = "Guide", description = "A whole editorial guide, assembled from the three services.")
public record GuideView(String slug, String title, Integer year, AdviceGuide.Text intro,
                        List<AdviceGuide.Text> keyTakeaways, List<ClassificationView> classifications,
                        List<AdviceGuide.ExperienceLevel> experienceLevels, List<AreaView> topStates,
                        List<AreaView> topMetros, List<AdviceGuide.Specialization> specializations,
                        List<AdviceGuide.Benefit> benefits, List<AdviceGuide.NegotiationStep> negotiationSteps,
                        List<AdviceGuide.CareerRole> careerProgression, List<AdviceGuide.SalaryGrowth> salaryGrowth,
                        List<AdviceGuide.Highlight> highlights, List<AdviceGuide.Faq> faq,
                        List<AdviceGuide.Source> sources,
                        @Schema(description = "Citations of whole sections, by section name: stated once here, not"
                                + " on each item") Map<String, List<Integer>> sectionSources,
                        @Schema(description = "Sections left out (null) because their service did not answer in"
                                + " time") List<String> unavailableSections,
                        List<DataGap> dataGaps) {

    /**
     * A cited BLS classification with its role in the guide and, from wage-service, its national figures
     * ({@code dataYear} null and {@code percentiles} empty when wage-service holds none: see dataGaps).
     */
    @Schema(name = "GuideClassification")
    public record ClassificationView(String socCode, String title, String role, String rationale, Integer dataYear,
                                     List<Percentile> percentiles, ProjectedGrowth projectedGrowth,
                                     List<Integer> sources) {
    }

    /** A ranked state or metro area with the guide's annual mean wage for it. */
    @Schema(name = "GuideArea")
    public record AreaView(int rank, String code, String name, Integer annualMeanWage, List<Integer> sources) {
    }

    /**
     * Data the guide cites but the services do not hold (a classification without figures): the services answered,
     * so the section is not unavailable, but it is not whole either. {@code item} names the entry (a SOC code).
     */
    public record DataGap(String section, String item, String detail) {
    }
}
