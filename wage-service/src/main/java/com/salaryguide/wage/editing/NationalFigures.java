package com.salaryguide.wage.editing;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.salaryguide.wage.occupation.FigureStatus;
import com.salaryguide.wage.occupation.NationalWage;
import com.salaryguide.wage.occupation.OccupationResponses;
import com.salaryguide.wage.occupation.OccupationResponses.Percentile;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/**
 * One year's national figures of an occupation as stored, in the shape the occupation read serves them, with the
 * version a write must send back. Every key is always present.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(description = "One data year's national figures of an occupation as stored, with the version an edit sends"
        + " back. An edit's body names the means annualMean and hourlyMean (see NationalFiguresDraft).")
public record NationalFigures(
        @Schema(requiredMode = REQUIRED, description = "SOC code.", example = "15-2051") String socCode,
        @Schema(requiredMode = REQUIRED, description = "Data year.", example = "2024") int dataYear,
        @Schema(requiredMode = REQUIRED, nullable = true, description = "National employment.", example = "192710")
        Integer employment,
        @Schema(requiredMode = REQUIRED) FigureStatus employmentStatus,
        @Schema(requiredMode = REQUIRED, nullable = true, description = "Annual mean wage in whole US dollars.",
                example = "120440") Integer annualMeanWage,
        @Schema(requiredMode = REQUIRED) FigureStatus annualMeanWageStatus,
        @Schema(requiredMode = REQUIRED, nullable = true, description = "Hourly mean wage in US dollars, two decimals.",
                example = "57.91") BigDecimal hourlyMeanWage,
        @Schema(requiredMode = REQUIRED) FigureStatus hourlyMeanWageStatus,
        @ArraySchema(arraySchema = @Schema(requiredMode = REQUIRED, description = "The 10th, 25th, 50th, 75th and"
                + " 90th percentiles in that order; one left out of an edit is stored without figures."))
        List<Percentile> percentiles,
        @ArraySchema(arraySchema = @Schema(requiredMode = REQUIRED, description = "Citation ids of the guide sources"
                + " these figures are taken from; [] when none."), schema = @Schema(example = "1"))
        List<Integer> sources,
        @Schema(requiredMode = REQUIRED, description = "The version an edit or delete of these figures sends back.",
                example = "0") long version) {

    static NationalFigures of(NationalWage wage) {
        return new NationalFigures(wage.socCode(), wage.dataYear(), wage.employment(),
                FigureStatus.of(wage.employment(), false), wage.annualMean(),
                FigureStatus.of(wage.annualMean(), wage.annualMeanTopCoded()),
                OccupationResponses.twoDecimals(wage.hourlyMean()),
                FigureStatus.of(wage.hourlyMean(), wage.hourlyMeanTopCoded()), Percentile.all(wage), wage.sources(),
                wage.version());
    }
}
