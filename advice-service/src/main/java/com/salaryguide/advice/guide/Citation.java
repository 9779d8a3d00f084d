package com.salaryguide.advice.guide;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A guide citing an occupation: the SOC code, the role the guide gives it (baseline or upper-bound) and which guide.
 * What other services ask before they change or link an occupation's figures.
 */
@JsonInclude(Include.ALWAYS)
@Schema(name = "GuideCitation", description = "A classification a guide cites, with the role the guide gives it")
public record Citation(@Schema(example = "15-2051") String socCode,
                       @Schema(allowableValues = {"baseline", "upper-bound"}) String role,
                       GuideContent.Summary guide) {
}
