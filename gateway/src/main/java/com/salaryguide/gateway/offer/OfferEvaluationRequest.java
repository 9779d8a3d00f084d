package com.salaryguide.gateway.offer;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** An offer for any occupation in any area; only occupation and annualBase are required. */
@JsonIgnoreProperties(ignoreUnknown = false)
@Schema(name = "OfferEvaluationRequest", description = "Only occupation and annualBase are required. Amounts are"
        + " whole US dollars.")
public record OfferEvaluationRequest(
        @NotNull @Pattern(regexp = "\\d{2}-\\d{4}", message = "must be a SOC code like 15-1252")
        @Schema(example = "15-1252", requiredMode = Schema.RequiredMode.REQUIRED) String occupation,
        @Size(min = 1, max = 200, message = "must be an area code or name, at most 200 characters")
        @Pattern(regexp = OfferLimits.PRINTABLE, message = "must be an area code or name in printable characters")
        @Schema(description = "A state's USPS code, a CBSA or nonmetropolitan area code, an area's exact BLS title,"
                + " a territory's code, or US (the default)", example = "12420") String area,
        @NotNull @Min(value = 1, message = "must be between 1 and 10000000")
        @Max(value = OfferLimits.MAX_AMOUNT, message = "must be between 1 and 10000000")
        @Schema(example = "150000", requiredMode = Schema.RequiredMode.REQUIRED) Long annualBase,
        @Min(value = 0, message = "must be between 0 and 10000000")
        @Max(value = OfferLimits.MAX_AMOUNT, message = "must be between 0 and 10000000")
        @Schema(description = "Yearly cash bonus", example = "15000") Long bonus,
        @Min(value = 0, message = "must be between 0 and 10000000")
        @Max(value = OfferLimits.MAX_AMOUNT, message = "must be between 0 and 10000000")
        @Schema(description = "Equity granted per year (vesting value)", example = "40000") Long equityPerYear,
        @Min(value = 0, message = "must be between 0 and 10000000")
        @Max(value = OfferLimits.MAX_AMOUNT, message = "must be between 0 and 10000000")
        @Schema(description = "One-time signing bonus; spread over 4 years in total compensation", example = "20000")
        Long signingBonus,
        @Min(value = 0, message = "must be a whole number between 0 and 60")
        @Max(value = OfferLimits.MAX_YEARS, message = "must be a whole number between 0 and 60")
        @Schema(description = "Years of experience; BLS publishes no breakdown by experience, so it is echoed in the"
                + " answer but does not change the ranking", example = "4") Integer yearsOfExperience) {
}
