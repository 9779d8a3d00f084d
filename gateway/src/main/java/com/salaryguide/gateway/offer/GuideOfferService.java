package com.salaryguide.gateway.offer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.salaryguide.gateway.advice.AdviceGuide;
import com.salaryguide.gateway.advice.AdviceReads;
import com.salaryguide.gateway.downstream.Deadline;
import com.salaryguide.gateway.downstream.Fetched;
import com.salaryguide.gateway.figures.FigureStatus;
import com.salaryguide.gateway.geography.Area;
import com.salaryguide.gateway.geography.AreaFigures;
import com.salaryguide.gateway.geography.AreaResolver;
import com.salaryguide.gateway.geography.GeographyReads;
import com.salaryguide.gateway.guide.GuideAggregator;
import com.salaryguide.gateway.offer.OfferEvaluator.AreaMean;
import com.salaryguide.gateway.wage.NationalFigures;
import com.salaryguide.gateway.wage.WageReads;
import com.salaryguide.problem.NotFoundException;
import com.salaryguide.problem.UnavailableException;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Gathers what an offer evaluation against an editorial guide needs (its content, each cited classification's
 * national figures, the state's and metro's annual mean wage), all through the cache and within one deadline, then
 * lets {@link OfferEvaluator} do the arithmetic. A state or metro the guide has no figure for falls back to BLS's
 * figure for one of the guide's classifications there (in the guide's order), or says that none exists.
 */
@Component
public class GuideOfferService {

    private final GuideAggregator guides;
    private final AdviceReads advice;
    private final WageReads wages;
    private final GeographyReads geography;
    private final AreaResolver areas;

    public GuideOfferService(GuideAggregator guides, AdviceReads advice, WageReads wages, GeographyReads geography,
                             AreaResolver areas) {
        this.guides = guides;
        this.advice = advice;
        this.wages = wages;
        this.geography = geography;
        this.areas = areas;
    }

    /** The evaluation plus the parts that could not be computed because a service did not answer. */
    public record Result(OfferEvaluator.Evaluation evaluation, List<String> unavailableSections) {
    }

    public Mono<Result> evaluate(String slug, GuideOfferRequest offer) {
        Deadline deadline = guides.deadline();
        return advice.guide(slug, deadline).flatMap(fetched -> {
            if (fetched.status() == Fetched.Status.NOT_FOUND) {
                return Mono.error(new NotFoundException("No guide " + slug + "."));
            }
            if (fetched.isUnavailable()) {
                return Mono.error(new UnavailableException("Guide " + slug + " is unavailable; try again shortly."));
            }
            AdviceGuide guide = fetched.value();
            Mono<List<Fetched<NationalFigures>>> figures = Flux.fromIterable(guide.classifications())
                    .flatMapSequential(c -> wages.occupation(c.socCode(), deadline)).collectList();
            Mono<Fetched<AreaMean>> state = offer.state() == null ? Mono.just(Fetched.notFound())
                    : areaMean(guide, "state", offer.state().toUpperCase(Locale.ROOT), Set.of("state", "territory"),
                            deadline);
            Mono<Fetched<AreaMean>> metro = offer.metro() == null ? Mono.just(Fetched.notFound())
                    : areaMean(guide, "metro", offer.metro().strip(), Set.of("metro"), deadline);
            return Mono.zip(figures, state, metro).map(t -> {
                List<String> unavailable = new ArrayList<>();
                List<OfferEvaluator.Classification> cited = new ArrayList<>();
                if (t.getT1().stream().anyMatch(Fetched::isUnavailable)) {
                    unavailable.add("classifications");
                } else {
                    for (int i = 0; i < guide.classifications().size(); i++) {
                        AdviceGuide.Classification c = guide.classifications().get(i);
                        NationalFigures n = t.getT1().get(i).isFound() ? t.getT1().get(i).value() : null;
                        cited.add(new OfferEvaluator.Classification(c.socCode(), n == null ? c.socCode() : n.title(),
                                c.role(), n == null ? List.of() : n.percentiles(), c.sources()));
                    }
                }
                if (t.getT2().isUnavailable() || t.getT3().isUnavailable()) {
                    unavailable.add("location");
                }
                OfferEvaluator.Evaluation evaluation = OfferEvaluator.evaluate(offer.annualBase(),
                        offer.yearsOfExperience(), cited, guide.experienceLevels(),
                        t.getT2().isFound() ? t.getT2().value() : null,
                        t.getT3().isFound() ? t.getT3().value() : null);
                return new Result(evaluation, List.copyOf(unavailable));
            });
        });
    }

    /**
     * The named area's annual mean wage: the guide's own figure, else BLS's for the first of the guide's
     * classifications that has one there, else none. An unknown area is the caller's mistake (400); whether it
     * exists is part of validating the request, so when geography-service cannot say, the answer is 503. Once the
     * area is known, figures that cannot be read in time make only the location section unavailable.
     */
    private Mono<Fetched<AreaMean>> areaMean(AdviceGuide guide, String field, String key, Set<String> kinds,
                                             Deadline deadline) {
        return areas.resolve(field, key, kinds, deadline).flatMap(area -> {
            List<String> occupations = new ArrayList<>();
            occupations.add(guide.slug());
            guide.classifications().forEach(c -> occupations.add(c.socCode()));
            return geography.figures(occupations, List.of(area.code()), deadline)
                    .map(batch -> batch.isUnavailable() ? Fetched.<AreaMean>unavailable()
                            : Fetched.found(mean(guide, area, batch.isFound() ? batch.value().items() : List.of())));
        });
    }

    private static AreaMean mean(AdviceGuide guide, Area area, List<AreaFigures> figures) {
        for (AreaFigures f : figures) {
            if (f.occupation().equals(guide.slug()) && f.annualMeanWageStatus() == FigureStatus.REPORTED) {
                return new AreaMean(area.code(), area.name(), f.annualMeanWage(), "guide", null, f.dataYear(),
                        f.sources());
            }
        }
        for (AdviceGuide.Classification c : guide.classifications()) {
            for (AreaFigures f : figures) {
                if (f.occupation().equals(c.socCode()) && f.annualMeanWageStatus() == FigureStatus.REPORTED) {
                    return new AreaMean(area.code(), area.name(), f.annualMeanWage(), "bls-oews", c.socCode(),
                            f.dataYear(), List.of());
                }
            }
        }
        return new AreaMean(area.code(), area.name(), null, "none", null, null, List.of());
    }
}
