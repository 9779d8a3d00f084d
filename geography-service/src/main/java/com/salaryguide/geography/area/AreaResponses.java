package com.salaryguide.geography.area;

import java.math.BigDecimal;
import java.util.List;

/** The JSON shapes served by the area endpoints. */
public final class AreaResponses {

    private AreaResponses() {
    }

    public record RankedAreas(String occupation, AreaType areaType, int dataYear, int totalRanked,
                              List<RankedArea> items) {
    }

    /** One area's figures with its rank among all areas of its kind for the occupation and year. */
    public record RankedArea(Integer rank, String code, String name, Integer annualMeanWage, BigDecimal hourlyMeanWage,
                             Integer employment, List<AreaWage.Percentile> percentiles, int dataYear,
                             List<Integer> sources, long version) {

        static RankedArea of(Integer rank, AreaWage w) {
            return new RankedArea(rank, w.area().code(), w.area().name(), w.annualMean(), w.hourlyMean(),
                    w.employment(), w.percentiles().isEmpty() ? null : w.percentiles(), w.dataYear(),
                    w.sourceId() == null ? List.of() : List.of(w.sourceId()), w.version());
        }
    }

    /** An area as such, without figures (served when no occupation is asked for). */
    public record AreaView(String code, AreaType areaType, String name) {
        static AreaView of(Area a) {
            return new AreaView(a.code(), a.areaType(), a.name());
        }
    }
}
