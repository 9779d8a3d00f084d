package com.salaryguide.gateway.guide;

import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * A whole guide in the public contract's shape. A section whose owning service could not answer is left out (null,
 * not serialized) and named in {@code unavailableSections}. Advice-owned sections are passed through as the advice
 * service serves them; key takeaways are flattened to strings carrying their citation markers ("... [1]").
 */
public record GuideView(String slug, String title, Integer year, List<String> keyTakeaways,
                        List<ClassificationView> classifications, JsonNode experienceLevels,
                        List<AreaView> topStates, List<AreaView> topMetros, JsonNode specializations,
                        JsonNode benefits, JsonNode negotiationSteps, JsonNode careerProgression,
                        JsonNode salaryGrowth, JsonNode faq, JsonNode sources, List<String> unavailableSections,
                        List<DataGap> dataGaps) {

    /**
     * Data the guide cites but the services do not hold (a classification without figures): the services answered,
     * so the section is not unavailable, but it is not whole either. {@code item} names the entry (a SOC code).
     */
    public record DataGap(String section, String item, String detail) {
    }

    /** A cited BLS classification with its role in the guide and, from wage-service, its national percentiles. */
    public record ClassificationView(String socCode, String title, String role, Integer dataYear,
                                     JsonNode percentiles, JsonNode projectedGrowth, JsonNode sources) {
    }

    /** A ranked state or metro area with the guide's mean wage for it. */
    public record AreaView(int rank, String code, String name, int annualMeanWage, JsonNode sources) {
    }

    public record Summary(String slug, String title, int year) {
    }
}
