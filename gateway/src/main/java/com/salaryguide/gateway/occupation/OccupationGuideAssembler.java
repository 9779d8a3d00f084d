package com.salaryguide.gateway.occupation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.salaryguide.gateway.advice.AdviceGuide;
import com.salaryguide.gateway.advice.AdviceReads;
import com.salaryguide.gateway.downstream.Deadline;
import com.salaryguide.gateway.downstream.Fetched;
import com.salaryguide.gateway.figures.FigureStatus;
import com.salaryguide.gateway.figures.Percentile;
import com.salaryguide.gateway.geography.Area;
import com.salaryguide.gateway.geography.AreaFigures;
import com.salaryguide.gateway.geography.AreaRanking;
import com.salaryguide.gateway.geography.AreaResolver;
import com.salaryguide.gateway.geography.GeographyReads;
import com.salaryguide.gateway.geography.GeographyReads.RankedKind;
import com.salaryguide.gateway.geography.GeographyReads.WageSort;
import com.salaryguide.gateway.guide.GuideAggregator;
import com.salaryguide.gateway.occupation.OccupationGuide.DataGap;
import com.salaryguide.gateway.wage.NationalFigures;
import com.salaryguide.gateway.wage.WageHistory;
import com.salaryguide.gateway.wage.WageReads;
import com.salaryguide.problem.NotFoundException;
import com.salaryguide.problem.UnavailableException;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.util.function.Tuple8;

/**
 * Assembles the data guide of any occupation: national figures and the release history (wage-service), rankings,
 * concentration and the area asked for (geography-service), and the editorial guides citing it (advice-service), all
 * in parallel within one deadline once the occupation is known. Each section degrades on its own.
 */
@Component
public class OccupationGuideAssembler {

    static final int TOP_AREAS = 10;
    static final Set<String> AREA_TYPES = Set.of("national", "state", "territory", "metro", "nonmetro");
    static final String HISTORY_NOTE = "Each value is the national median estimated by that year's BLS OEWS release."
            + " Survey methods, samples and occupation definitions change between releases, so the values are"
            + " separate estimates, not a time series.";

    private final GuideAggregator guides;
    private final WageReads wages;
    private final GeographyReads geography;
    private final AdviceReads advice;
    private final AreaResolver areas;

    public OccupationGuideAssembler(GuideAggregator guides, WageReads wages, GeographyReads geography,
                                    AdviceReads advice, AreaResolver areas) {
        this.guides = guides;
        this.wages = wages;
        this.geography = geography;
        this.advice = advice;
        this.areas = areas;
    }

    public Mono<OccupationGuide> guide(String socCode, String area) {
        Deadline deadline = guides.deadline();
        Mono<NationalFigures> occupation = wages.occupation(socCode, deadline).flatMap(f -> {
            if (f.isUnavailable()) {
                return Mono.error(new UnavailableException("The occupation's figures are unavailable; try again"
                        + " shortly."));
            }
            if (!f.isFound()) {
                return Mono.error(new NotFoundException("No occupation " + socCode + "."));
            }
            return Mono.just(f.value());
        });
        Mono<Fetched<Area>> where = area == null ? Mono.just(Fetched.notFound())
                : areas.resolve("area", area, AREA_TYPES, deadline).map(Fetched::found);
        return Mono.zip(occupation, where).flatMap(t -> {
            NationalFigures national = t.getT1();
            Area asked = t.getT2().isFound() ? t.getT2().value() : null;
            Mono<Fetched<AreaFigures.Batch>> inArea =
                    asked == null || asked.national() ? Mono.just(Fetched.notFound())
                            : geography.figures(List.of(socCode), List.of(asked.code()), deadline);
            return Mono.zip(
                    geography.ranking(RankedKind.STATES, socCode, WageSort.ANNUAL_MEAN, TOP_AREAS, deadline),
                    geography.ranking(RankedKind.STATES, socCode, WageSort.ANNUAL_MEDIAN, TOP_AREAS, deadline),
                    geography.ranking(RankedKind.METROS, socCode, WageSort.ANNUAL_MEAN, TOP_AREAS, deadline),
                    geography.ranking(RankedKind.METROS, socCode, WageSort.ANNUAL_MEDIAN, TOP_AREAS, deadline),
                    geography.concentration(socCode, TOP_AREAS, deadline),
                    wages.history(socCode, deadline),
                    advice.citations(socCode, deadline),
                    inArea).map(parts -> assemble(national, asked, parts));
        });
    }

    private static OccupationGuide assemble(NationalFigures n, Area asked, Tuple8<Fetched<AreaRanking>,
            Fetched<AreaRanking>, Fetched<AreaRanking>, Fetched<AreaRanking>, Fetched<AreaRanking.Concentration>,
            Fetched<WageHistory>, Fetched<List<AdviceGuide.Citation>>, Fetched<AreaFigures.Batch>> parts) {
        List<String> unavailable = new ArrayList<>();
        List<DataGap> gaps = new ArrayList<>();
        OccupationGuide.Figures national = n.hasFigures() ? new OccupationGuide.Figures(n.dataYear(), n.employment(),
                n.employmentStatus(), n.annualMeanWage(), n.annualMeanWageStatus(), n.hourlyMeanWage(),
                n.hourlyMeanWageStatus(), n.percentiles()) : null;
        if (national == null) {
            gaps.add(new DataGap("national", n.socCode(), "No national wage figures are published for " + n.title()
                    + " (SOC " + n.socCode() + ")."));
        }
        OccupationGuide.Rankings states = rankings("topStates", parts.getT1(), parts.getT2(), unavailable);
        OccupationGuide.Rankings metros = rankings("topMetros", parts.getT3(), parts.getT4(), unavailable);
        List<OccupationGuide.ConcentratedArea> concentrated = concentration(parts.getT5(), unavailable);
        OccupationGuide.MedianHistory history = history(parts.getT6(), unavailable);
        List<OccupationGuide.EditorialGuide> editorial = editorial(parts.getT7(), unavailable);
        OccupationGuide.AreaFigures inArea = inArea(n, asked, parts.getT8(), national, unavailable, gaps);
        return new OccupationGuide(n.socCode(), n.title(), n.dataYear(), asked, national, inArea, n.projectedGrowth(),
                states, metros, concentrated, history, editorial, List.copyOf(unavailable), List.copyOf(gaps));
    }

    private static OccupationGuide.AreaFigures inArea(NationalFigures n, Area asked,
                                                      Fetched<AreaFigures.Batch> f,
                                                      OccupationGuide.Figures national, List<String> unavailable,
                                                      List<DataGap> gaps) {
        if (asked == null) {
            return null;
        }
        if (asked.national()) {
            return national == null ? null : new OccupationGuide.AreaFigures(asked, national.dataYear(),
                    national.employment(), national.employmentStatus(), null, FigureStatus.NOT_AVAILABLE, null,
                    FigureStatus.NOT_AVAILABLE, national.annualMeanWage(), national.annualMeanWageStatus(),
                    national.hourlyMeanWage(), national.hourlyMeanWageStatus(), national.percentiles());
        }
        if (f.isUnavailable()) {
            unavailable.add("inArea");
            return null;
        }
        if (!f.isFound() || f.value().items().isEmpty()) {
            gaps.add(new DataGap("inArea", asked.code(), "BLS publishes no wage figures for " + n.title() + " (SOC "
                    + n.socCode() + ") in " + asked.name() + "."));
            return null;
        }
        AreaFigures a = f.value().items().get(0);
        return new OccupationGuide.AreaFigures(a.area(), a.dataYear(), a.employment(), a.employmentStatus(),
                a.jobsPer1000(), a.jobsPer1000Status(), a.locationQuotient(), a.locationQuotientStatus(),
                a.annualMeanWage(), a.annualMeanWageStatus(), a.hourlyMeanWage(), a.hourlyMeanWageStatus(),
                a.percentiles());
    }

    private static OccupationGuide.Rankings rankings(String section, Fetched<AreaRanking> byMean,
                                                     Fetched<AreaRanking> byMedian, List<String> unavailable) {
        if (byMean.isUnavailable() || byMedian.isUnavailable()) {
            unavailable.add(section);
            return null;
        }
        Integer year = byMean.isFound() ? byMean.value().dataYear() : null;
        return new OccupationGuide.Rankings(year, ranked(byMean), ranked(byMedian));
    }

    private static List<OccupationGuide.RankedArea> ranked(Fetched<AreaRanking> ranking) {
        return !ranking.isFound() ? List.of() : ranking.value().items().stream()
                .map(i -> new OccupationGuide.RankedArea(i.rank(), i.code(), i.name(), i.annualMeanWage(),
                        i.annualMeanWageStatus(), i.annualMedianWage(), i.annualMedianWageStatus())).toList();
    }

    private static List<OccupationGuide.ConcentratedArea> concentration(Fetched<AreaRanking.Concentration> f,
                                                                        List<String> unavailable) {
        if (f.isUnavailable()) {
            unavailable.add("mostConcentrated");
            return null;
        }
        return !f.isFound() ? List.of() : f.value().items().stream()
                .map(i -> new OccupationGuide.ConcentratedArea(i.rank(), i.code(), i.areaType(), i.name(),
                        i.locationQuotient(), i.jobsPer1000(), i.employment(), i.annualMeanWage())).toList();
    }

    private static OccupationGuide.MedianHistory history(Fetched<WageHistory> f, List<String> unavailable) {
        if (f.isUnavailable()) {
            unavailable.add("medianByYear");
            return null;
        }
        List<OccupationGuide.YearMedian> items = !f.isFound() ? List.of() : f.value().years().stream().map(y -> {
            Percentile median = y.percentiles().stream().filter(p -> p.percentile() == 50).findFirst().orElse(null);
            return median == null
                    ? new OccupationGuide.YearMedian(y.dataYear(), null, FigureStatus.NOT_AVAILABLE, null,
                            FigureStatus.NOT_AVAILABLE)
                    : new OccupationGuide.YearMedian(y.dataYear(), median.annual(), median.annualStatus(),
                            median.hourly(), median.hourlyStatus());
        }).toList();
        return new OccupationGuide.MedianHistory(HISTORY_NOTE, items);
    }

    private static List<OccupationGuide.EditorialGuide> editorial(Fetched<List<AdviceGuide.Citation>> f,
                                                                  List<String> unavailable) {
        if (f.isUnavailable()) {
            unavailable.add("editorialGuides");
            return null;
        }
        return !f.isFound() ? List.of() : f.value().stream()
                .map(c -> new OccupationGuide.EditorialGuide(c.guide().slug(), c.guide().title(), c.guide().year(),
                        c.role(), "/api/v1/guides/" + c.guide().slug())).toList();
    }
}
