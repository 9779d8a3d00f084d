package com.salaryguide.gateway.offer;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** An offer to evaluate against an editorial guide's figures; fields this endpoint does not know are rejected. */
@JsonIgnoreProperties(ignoreUnknown = false)
@Schema(name = "GuideOfferRequest", description = "Only annualBase is required.")
public record GuideOfferRequest(
        @NotNull @Min(value = 1, message = "must be between 1 and 10000000")
        @Max(value = OfferLimits.MAX_AMOUNT, message = "must be between 1 and 10000000")
        @Schema(description = "Base salary in whole US dollars a year", example = "150000",
                requiredMode = Schema.RequiredMode.REQUIRED) Long annualBase,
        @Pattern(regexp = "[A-Za-z]{2}", message = "must be a two-letter state code like CA")
        @Schema(description = "USPS code of the state", example = "CA") String state,
        @Size(min = 1, max = 200, message = "must be a metro area name or 5-digit CBSA code, at most 200 characters")
        @Pattern(regexp = OfferLimits.PRINTABLE, message = "must be a metro area name or 5-digit CBSA code, at most"
                + " 200 printable characters")
        @Schema(description = "Metropolitan area: CBSA code or exact BLS title", example = "41940") String metro,
        @Min(value = 0, message = "must be a whole number between 0 and 60")
        @Max(value = OfferLimits.MAX_YEARS, message = "must be a whole number between 0 and 60")
        @Schema(example = "4") Integer yearsOfExperience) {
}
