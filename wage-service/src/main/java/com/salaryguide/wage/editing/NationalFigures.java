package com.salaryguide.wage.editing;

import java.math.BigDecimal;
import java.util.List;

import com.salaryguide.wage.occupation.NationalWage;
import com.salaryguide.wage.occupation.OccupationResponses.Percentile;

/** One year's national figures of an occupation as stored, with the version a write must send back. */
public record NationalFigures(String socCode, int dataYear, Integer employment, Integer annualMean,
                              BigDecimal hourlyMean, List<Percentile> percentiles, List<Integer> sources,
                              long version) {

    static NationalFigures of(NationalWage wage) {
        return new NationalFigures(wage.socCode(), wage.dataYear(), wage.employment(), wage.annualMean(),
                wage.hourlyMean(), wage.percentiles().stream().map(Percentile::of).toList(), wage.sources(),
                wage.version());
    }
}
