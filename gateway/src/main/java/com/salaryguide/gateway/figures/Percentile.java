package com.salaryguide.gateway.figures;

import java.math.BigDecimal;

import io.swagger.v3.oas.annotations.media.Schema;

/** One published percentile of a wage distribution, annual (whole dollars) and hourly (two decimals). */
@Schema(description = "One percentile of a wage distribution: annual in whole US dollars, hourly with two decimals,"
        + " each with its status.")
public record Percentile(@Schema(example = "50") int percentile,
                         @Schema(example = "112590", nullable = true) Integer annual,
                         @Schema(example = "54.13", nullable = true) BigDecimal hourly,
                         FigureStatus annualStatus, FigureStatus hourlyStatus) {
}
