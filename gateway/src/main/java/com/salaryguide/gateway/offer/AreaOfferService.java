package com.salaryguide.gateway.offer;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.salaryguide.gateway.downstream.Deadline;
import com.salaryguide.gateway.downstream.Fetched;
import com.salaryguide.gateway.geography.Area;
import com.salaryguide.gateway.geography.AreaFigures;
import com.salaryguide.gateway.geography.AreaResolver;
import com.salaryguide.gateway.geography.GeographyReads;
import com.salaryguide.gateway.guide.GuideAggregator;
import com.salaryguide.gateway.offer.AreaOfferEvaluator.Distribution;
import com.salaryguide.gateway.wage.NationalFigures;
import com.salaryguide.gateway.wage.WageReads;
import com.salaryguide.problem.InvalidRequestException;
import com.salaryguide.problem.UnavailableException;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Gathers an area-aware offer evaluation: the occupation and its national figures (wage-service), the area and the
 * occupation's figures there (geography-service), within one deadline. The occupation and the area are part of the
 * request: unknown ones are 400, and when their service cannot say, 503. Figures that cannot be read in time once
 * both are known only leave their part out (unavailableSections).
 */
@Component
public class AreaOfferService {

    static final Set<String> AREA_TYPES = Set.of("national", "state", "territory", "metro", "nonmetro");

    private final GuideAggregator guides;
    private final WageReads wages;
    private final GeographyReads geography;
    private final AreaResolver areas;

    public AreaOfferService(GuideAggregator guides, WageReads wages, GeographyReads geography, AreaResolver areas) {
        this.guides = guides;
        this.wages = wages;
        this.geography = geography;
        this.areas = areas;
    }

    public Mono<AreaOfferEvaluation> evaluate(OfferEvaluationRequest offer) {
        Deadline deadline = guides.deadline();
        Mono<NationalFigures> occupation = wages.occupation(offer.occupation(), deadline).flatMap(f -> {
            if (f.isUnavailable()) {
                return Mono.error(new UnavailableException("Cannot check the occupation right now: the wage service"
                        + " did not answer. Retry shortly."));
            }
            if (!f.isFound()) {
                return Mono.error(new InvalidRequestException("occupation", "is not a known occupation: "
                        + offer.occupation()));
            }
            return Mono.just(f.value());
        });
        Mono<Area> area = areas.resolve("area", offer.area() == null ? Area.NATION.code() : offer.area(), AREA_TYPES,
                deadline);
        return Mono.zip(occupation, area).flatMap(t -> {
            NationalFigures national = t.getT1();
            Area where = t.getT2();
            Mono<Fetched<AreaFigures>> inArea = where.national() ? Mono.just(Fetched.notFound())
                    : geography.figures(List.of(national.socCode()), List.of(where.code()), deadline)
                            .map(batch -> batch.isUnavailable() ? Fetched.<AreaFigures>unavailable()
                                    : batch.isFound() && !batch.value().items().isEmpty()
                                    ? Fetched.found(batch.value().items().get(0)) : Fetched.<AreaFigures>notFound());
            return inArea.map(figures -> answer(offer, national, where, figures));
        });
    }

    private static AreaOfferEvaluation answer(OfferEvaluationRequest offer, NationalFigures national, Area where,
                                              Fetched<AreaFigures> figures) {
        List<String> unavailable = new ArrayList<>();
        List<AreaOfferEvaluation.DataGap> gaps = new ArrayList<>();
        Distribution nation = national.hasFigures()
                ? new Distribution(Area.NATION, national.dataYear(), national.percentiles()) : null;
        if (nation == null) {
            gaps.add(new AreaOfferEvaluation.DataGap("national", national.socCode(), "No national wage figures are"
                    + " published for " + national.title() + " (SOC " + national.socCode() + ")."));
        }
        Distribution local;
        if (where.national()) {
            local = nation;
        } else if (figures.isUnavailable()) {
            local = null;
            unavailable.add("inArea");
        } else if (!figures.isFound() || figures.value().percentiles().isEmpty()) {
            local = null;
            gaps.add(new AreaOfferEvaluation.DataGap("inArea", where.code(), "BLS publishes no wage figures for "
                    + national.title() + " (SOC " + national.socCode() + ") in " + where.name() + "."));
        } else {
            local = new Distribution(where, figures.value().dataYear(), figures.value().percentiles());
        }
        AreaOfferEvaluator.Result r = AreaOfferEvaluator.evaluate(national.title(), offer.annualBase(),
                orZero(offer.bonus()), orZero(offer.equityPerYear()), orZero(offer.signingBonus()), local, nation);
        return new AreaOfferEvaluation(new AreaOfferEvaluation.Occupation(national.socCode(), national.title()),
                where, offer.annualBase(), offer.yearsOfExperience(), r.inArea(), r.national(),
                r.counter() == null ? null : r.counter().range(), r.counterBasis(), r.totalCompensation(),
                r.talkingPoints(), List.copyOf(unavailable), List.copyOf(gaps));
    }

    private static long orZero(Long amount) {
        return amount == null ? 0 : amount;
    }
}
