package com.salaryguide.gateway.guide;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.salaryguide.gateway.advice.AdviceGuide;
import com.salaryguide.gateway.advice.AdviceReads;
import com.salaryguide.gateway.downstream.Deadline;
import com.salaryguide.gateway.downstream.DownstreamProperties;
import com.salaryguide.gateway.downstream.Fetched;
import com.salaryguide.gateway.geography.AreaRanking;
import com.salaryguide.gateway.geography.GeographyReads;
import com.salaryguide.gateway.geography.GeographyReads.RankedKind;
import com.salaryguide.gateway.geography.GeographyReads.WageSort;
import com.salaryguide.gateway.guide.GuideView.AreaView;
import com.salaryguide.gateway.guide.GuideView.ClassificationView;
import com.salaryguide.gateway.wage.NationalFigures;
import com.salaryguide.gateway.wage.WageReads;
import com.salaryguide.problem.NotFoundException;
import com.salaryguide.problem.UnavailableException;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Assembles a whole guide from the three services. Advice content and the guide's area rankings are fetched in
 * parallel; the cited classifications' national figures follow once advice has named them, all within one
 * {@link Deadline}. Every read goes through the read-through cache, so a warm guide costs no downstream call.
 */
@Component
public class GuideAggregator {

    static final int TOP_AREAS = 10;
    static final List<String> ADVICE_SECTIONS = List.of("intro", "keyTakeaways", "classifications",
            "experienceLevels", "specializations", "benefits", "negotiationSteps", "careerProgression",
            "salaryGrowth", "highlights", "faq", "sources");

    private final AdviceReads advice;
    private final WageReads wages;
    private final GeographyReads geography;
    private final DownstreamProperties properties;

    public GuideAggregator(AdviceReads advice, WageReads wages, GeographyReads geography,
                           DownstreamProperties properties) {
        this.advice = advice;
        this.wages = wages;
        this.geography = geography;
        this.properties = properties;
    }

    /** The budget of one aggregated answer, started now. */
    public Deadline deadline() {
        return Deadline.in(properties.answerTimeout());
    }

    public Mono<List<AdviceGuide.Summary>> list() {
        return advice.guides(deadline()).map(f -> {
            if (!f.isFound()) {
                throw new UnavailableException("Guide list is unavailable; try again shortly.");
            }
            return f.value();
        });
    }

    public Mono<GuideView> guide(String slug) {
        Deadline deadline = deadline();
        Mono<Fetched<AreaRanking>> states = geography.ranking(RankedKind.STATES, slug, WageSort.ANNUAL_MEAN,
                TOP_AREAS, deadline);
        Mono<Fetched<AreaRanking>> metros = geography.ranking(RankedKind.METROS, slug, WageSort.ANNUAL_MEAN,
                TOP_AREAS, deadline);
        Mono<AdviceWithFigures> content = advice.guide(slug, deadline).flatMap(a -> {
            if (!a.isFound()) {
                return Mono.just(new AdviceWithFigures(a, List.of()));
            }
            return Flux.fromIterable(a.value().classifications())
                    .flatMapSequential(c -> wages.occupation(c.socCode(), deadline))
                    .collectList()
                    .map(figures -> new AdviceWithFigures(a, figures));
        });
        return Mono.zip(content, states, metros).map(t -> assemble(slug, t.getT1(), t.getT2(), t.getT3()));
    }

    private record AdviceWithFigures(Fetched<AdviceGuide> advice, List<Fetched<NationalFigures>> figures) {
    }

    private static GuideView assemble(String slug, AdviceWithFigures a, Fetched<AreaRanking> states,
                                      Fetched<AreaRanking> metros) {
        if (a.advice().status() == Fetched.Status.NOT_FOUND) {
            throw new NotFoundException("No guide " + slug + ".");
        }
        if (a.advice().isUnavailable() && !states.isFound() && !metros.isFound()) {
            throw new UnavailableException("Guide " + slug + " is unavailable; try again shortly.");
        }
        List<String> unavailable = new ArrayList<>();
        AdviceGuide g = a.advice().isFound() ? a.advice().value() : null;
        if (g == null) {
            unavailable.addAll(ADVICE_SECTIONS);
        } else if (a.figures().stream().anyMatch(Fetched::isUnavailable)) {
            unavailable.add("classifications");
        }
        Map<String, List<Integer>> sectionSources = g == null ? null : g.sectionSources();
        List<AreaView> topStates = areas(states, "topStates", sectionSources, unavailable);
        List<AreaView> topMetros = areas(metros, "topMetros", sectionSources, unavailable);
        if (g == null) {
            return new GuideView(slug, null, null, null, null, null, null, topStates, topMetros, null, null, null,
                    null, null, null, null, null, null, List.copyOf(unavailable), List.of());
        }
        return new GuideView(slug, g.title(), g.year(), g.intro(), g.keyTakeaways(),
                classifications(g, a.figures()), g.experienceLevels(), topStates, topMetros, g.specializations(),
                g.benefits(), g.negotiationSteps(), g.careerProgression(), g.salaryGrowth(), g.highlights(), g.faq(),
                g.sources(), sectionSources, List.copyOf(unavailable), dataGaps(g, a.figures()));
    }

    /** Each cited classification with its guide role, and its national figures when wage-service answered. */
    private static List<ClassificationView> classifications(AdviceGuide g, List<Fetched<NationalFigures>> figures) {
        List<ClassificationView> views = new ArrayList<>();
        for (int i = 0; i < g.classifications().size(); i++) {
            AdviceGuide.Classification c = g.classifications().get(i);
            NationalFigures wage = i < figures.size() && figures.get(i).isFound() ? figures.get(i).value() : null;
            views.add(new ClassificationView(c.socCode(), wage == null ? null : wage.title(), c.role(),
                    c.rationale(), wage == null ? null : wage.dataYear(),
                    wage == null ? List.of() : wage.percentiles(), wage == null ? null : wage.projectedGrowth(),
                    c.sources()));
        }
        return views;
    }

    /**
     * Cited classifications that wage-service answered for but has no figures for (the occupation is gone, or an
     * import replaced its year without it): the guide says so instead of passing an empty list off as complete.
     */
    private static List<GuideView.DataGap> dataGaps(AdviceGuide g, List<Fetched<NationalFigures>> figures) {
        List<GuideView.DataGap> gaps = new ArrayList<>();
        for (int i = 0; i < g.classifications().size() && i < figures.size(); i++) {
            String soc = g.classifications().get(i).socCode();
            Fetched<NationalFigures> wage = figures.get(i);
            if (wage.status() == Fetched.Status.NOT_FOUND) {
                gaps.add(new GuideView.DataGap("classifications", soc,
                        "The wage data has no occupation " + soc + "; its title and percentiles are missing."));
            } else if (wage.isFound() && !wage.value().hasFigures()) {
                gaps.add(new GuideView.DataGap("classifications", soc, "No national wage figures are published for "
                        + soc + " (" + wage.value().title() + "); its percentiles are missing."));
            }
        }
        return List.copyOf(gaps);
    }

    /** The ranked areas; citations the guide states for the whole section are not repeated on each area. */
    private static List<AreaView> areas(Fetched<AreaRanking> ranked, String section,
                                        Map<String, List<Integer>> sectionSources, List<String> unavailable) {
        if (ranked.isUnavailable()) {
            unavailable.add(section);
            return null;
        }
        if (!ranked.isFound()) {
            return List.of();
        }
        List<Integer> ofSection = sectionSources == null ? List.of() : sectionSources.getOrDefault(section, List.of());
        return ranked.value().items().stream().map(w -> new AreaView(w.rank(), w.code(), w.name(),
                w.annualMeanWage(), w.sources().stream().filter(id -> !ofSection.contains(id)).toList())).toList();
    }
}
