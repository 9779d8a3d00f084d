package com.salaryguide.gateway.compare;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.salaryguide.gateway.downstream.Deadline;
import com.salaryguide.gateway.downstream.Fetched;
import com.salaryguide.gateway.figures.FigureStatus;
import com.salaryguide.gateway.figures.Percentile;
import com.salaryguide.gateway.geography.Area;
import com.salaryguide.gateway.geography.AreaFigures;
import com.salaryguide.gateway.geography.AreaResolver;
import com.salaryguide.gateway.geography.GeographyReads;
import com.salaryguide.gateway.guide.GuideAggregator;
import com.salaryguide.gateway.wage.NationalFigures;
import com.salaryguide.gateway.wage.WageReads;
import com.salaryguide.problem.InvalidRequestException;
import com.salaryguide.problem.UnavailableException;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Builds a comparison: the occupations (wage-service, which also holds the national figures for {@code US}) and the
 * areas (geography-service) are checked first; then the other areas' figures come in one batch read. The national
 * location quotient is 1 by definition and not published, so it is null (not-available) for US.
 */
@Component
public class WageComparisonAssembler {

    static final Set<String> AREA_TYPES = Set.of("national", "state", "territory", "metro", "nonmetro");

    private final GuideAggregator guides;
    private final WageReads wages;
    private final GeographyReads geography;
    private final AreaResolver areas;

    public WageComparisonAssembler(GuideAggregator guides, WageReads wages, GeographyReads geography,
                                   AreaResolver areas) {
        this.guides = guides;
        this.wages = wages;
        this.geography = geography;
        this.areas = areas;
    }

    public Mono<WageComparison> compare(List<String> socCodes, List<String> areaKeys) {
        Deadline deadline = guides.deadline();
        Mono<List<NationalFigures>> occupations = Flux.fromIterable(socCodes)
                .flatMapSequential(soc -> wages.occupation(soc, deadline).flatMap(f -> {
                    if (f.isUnavailable()) {
                        return Mono.error(new UnavailableException("Cannot check the occupations right now: the wage"
                                + " service did not answer. Retry shortly."));
                    }
                    if (!f.isFound()) {
                        return Mono.error(new InvalidRequestException("occupations", "is not a known occupation: "
                                + soc));
                    }
                    return Mono.just(f.value());
                })).collectList();
        Mono<List<Area>> places = Flux.fromIterable(areaKeys)
                .flatMapSequential(key -> areas.resolve("areas", key, AREA_TYPES, deadline)).collectList();
        return Mono.zip(occupations, places).flatMap(t -> {
            List<String> local = t.getT2().stream().filter(a -> !a.national()).map(Area::code).distinct().toList();
            Mono<Fetched<AreaFigures.Batch>> figures = local.isEmpty() ? Mono.just(Fetched.found(
                    new AreaFigures.Batch(List.of())))
                    : geography.figures(t.getT1().stream().map(NationalFigures::socCode).toList(), local, deadline);
            return figures.map(f -> assemble(t.getT1(), t.getT2(), f));
        });
    }

    private static WageComparison assemble(List<NationalFigures> occupations, List<Area> places,
                                           Fetched<AreaFigures.Batch> figures) {
        List<WageComparison.Row> rows = new ArrayList<>();
        for (NationalFigures o : occupations) {
            List<WageComparison.Cell> cells = new ArrayList<>();
            for (Area area : places) {
                if (area.national()) {
                    cells.add(national(o));
                } else if (figures.isUnavailable()) {
                    cells.add(empty(area.code(), "unavailable"));
                } else {
                    cells.add(figures.value().items().stream()
                            .filter(f -> f.occupation().equals(o.socCode()) && f.area().code().equals(area.code()))
                            .findFirst().map(WageComparisonAssembler::cell).orElse(empty(area.code(), "no-data")));
                }
            }
            rows.add(new WageComparison.Row(o.socCode(), cells));
        }
        boolean missing = figures.isUnavailable() && places.stream().anyMatch(a -> !a.national());
        return new WageComparison(occupations.stream().map(o -> new WageComparison.Occupation(o.socCode(), o.title()))
                .toList(), places, rows, missing ? List.of("areaFigures") : List.of());
    }

    private static WageComparison.Cell national(NationalFigures o) {
        if (!o.hasFigures()) {
            return empty(Area.NATION.code(), "no-data");
        }
        Percentile p10 = percentile(o.percentiles(), 10);
        Percentile p50 = percentile(o.percentiles(), 50);
        Percentile p90 = percentile(o.percentiles(), 90);
        return new WageComparison.Cell(Area.NATION.code(), "data", o.dataYear(), annual(p50), status(p50),
                o.annualMeanWage(), o.annualMeanWageStatus(), annual(p10), status(p10), annual(p90), status(p90),
                o.employment(), o.employmentStatus(), null, FigureStatus.NOT_AVAILABLE);
    }

    private static WageComparison.Cell cell(AreaFigures f) {
        Percentile p10 = percentile(f.percentiles(), 10);
        Percentile p50 = percentile(f.percentiles(), 50);
        Percentile p90 = percentile(f.percentiles(), 90);
        return new WageComparison.Cell(f.area().code(), "data", f.dataYear(), annual(p50), status(p50),
                f.annualMeanWage(), f.annualMeanWageStatus(), annual(p10), status(p10), annual(p90), status(p90),
                f.employment(), f.employmentStatus(), f.locationQuotient(), f.locationQuotientStatus());
    }

    private static WageComparison.Cell empty(String areaCode, String status) {
        FigureStatus none = FigureStatus.NOT_AVAILABLE;
        return new WageComparison.Cell(areaCode, status, null, null, none, null, none, null, none, null, none, null,
                none, (BigDecimal) null, none);
    }

    private static Percentile percentile(List<Percentile> percentiles, int which) {
        return percentiles.stream().filter(p -> p.percentile() == which).findFirst().orElse(null);
    }

    private static Integer annual(Percentile p) {
        return p == null ? null : p.annual();
    }

    private static FigureStatus status(Percentile p) {
        return p == null ? FigureStatus.NOT_AVAILABLE : p.annualStatus();
    }
}
