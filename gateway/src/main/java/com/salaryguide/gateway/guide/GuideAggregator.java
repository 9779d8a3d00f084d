package com.salaryguide.gateway.guide;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;

import com.salaryguide.gateway.downstream.Deadline;
import com.salaryguide.gateway.downstream.DownstreamClient;
import com.salaryguide.gateway.downstream.DownstreamProperties;
import com.salaryguide.gateway.downstream.Fetched;
import com.salaryguide.gateway.downstream.ReadThroughCache;
import com.salaryguide.gateway.downstream.Service;
import com.salaryguide.gateway.guide.GuideView.AreaView;
import com.salaryguide.gateway.guide.GuideView.ClassificationView;
import com.salaryguide.problem.NotFoundException;
import com.salaryguide.problem.UnavailableException;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * Assembles a whole guide from the three services. Advice content and the guide's area rankings are fetched in
 * parallel; the cited classifications' percentiles follow once advice has named them. Every read goes through the
 * read-through cache, so a warm guide costs no downstream call at all.
 */
@Component
public class GuideAggregator {

    static final int TOP_AREAS = 10;

    private final DownstreamClient client;
    private final ReadThroughCache cache;
    private final DownstreamProperties properties;

    public GuideAggregator(DownstreamClient client, ReadThroughCache cache, DownstreamProperties properties) {
        this.client = client;
        this.cache = cache;
        this.properties = properties;
    }

    /** The budget of one aggregated answer, started now. */
    public Deadline deadline() {
        return Deadline.in(properties.answerTimeout());
    }

    public Mono<List<GuideView.Summary>> list() {
        return deadline().bound(cache.<JsonNode>get("advice:guides",
                        () -> client.get(Service.advice, "/api/v1/advice/guides")))
                .map(f -> {
                    if (!f.isFound()) {
                        throw new UnavailableException("Guide list is unavailable; try again shortly.");
                    }
                    return stream(f.value()).map(g -> new GuideView.Summary(g.path("slug").asString(),
                            g.path("title").asString(), g.path("year").asInt())).toList();
                });
    }

    /** The advice content of a guide (cached). */
    public Mono<Fetched<JsonNode>> advice(String slug, Deadline deadline) {
        return deadline.bound(cache.get("advice:" + slug,
                () -> client.get(Service.advice, "/api/v1/advice/guides/{slug}", slug)));
    }

    /** A classification's national figures from wage-service (cached). */
    public Mono<Fetched<JsonNode>> occupation(String socCode, Deadline deadline) {
        return deadline.bound(cache.get("wage:" + socCode,
                () -> client.get(Service.wage, "/api/v1/occupations/{soc}", socCode)));
    }

    public Mono<GuideView> guide(String slug) {
        Deadline deadline = deadline();
        Mono<Fetched<JsonNode>> states = deadline.bound(cache.get("states:" + slug, () -> client.get(Service.geography,
                "/api/v1/geography/states?occupation={slug}&limit={n}", slug, TOP_AREAS)));
        Mono<Fetched<JsonNode>> metros = deadline.bound(cache.get("metros:" + slug, () -> client.get(Service.geography,
                "/api/v1/geography/metros?occupation={slug}&limit={n}", slug, TOP_AREAS)));
        Mono<AdviceWithFigures> advice = advice(slug, deadline).flatMap(a -> {
            if (!a.isFound()) {
                return Mono.just(new AdviceWithFigures(a, List.of()));
            }
            return Flux.fromIterable(stream(a.value().path("classifications")).toList())
                    .flatMapSequential(c -> occupation(c.path("socCode").asString(), deadline))
                    .collectList()
                    .map(figures -> new AdviceWithFigures(a, figures));
        });
        return Mono.zip(advice, states, metros).map(t -> assemble(slug, t.getT1(), t.getT2(), t.getT3()));
    }

    private record AdviceWithFigures(Fetched<JsonNode> advice, List<Fetched<JsonNode>> figures) {
    }

    private static GuideView assemble(String slug, AdviceWithFigures a, Fetched<JsonNode> states,
                                      Fetched<JsonNode> metros) {
        Fetched<JsonNode> advice = a.advice();
        if (advice.status() == Fetched.Status.NOT_FOUND) {
            throw new NotFoundException("No guide " + slug + ".");
        }
        if (advice.isUnavailable() && !states.isFound() && !metros.isFound()) {
            throw new UnavailableException("Guide " + slug + " is unavailable; try again shortly.");
        }
        List<String> unavailable = new ArrayList<>();
        JsonNode content = advice.isFound() ? advice.value() : null;
        if (content == null) {
            unavailable.addAll(List.of("keyTakeaways", "classifications", "experienceLevels", "specializations",
                    "benefits", "negotiationSteps", "careerProgression", "salaryGrowth", "faq", "sources"));
        }
        List<ClassificationView> classifications = content == null ? null : classifications(content, a.figures());
        if (classifications != null && a.figures().stream().anyMatch(Fetched::isUnavailable)) {
            unavailable.add("classifications");
        }
        List<AreaView> topStates = areas(states, "topStates", unavailable);
        List<AreaView> topMetros = areas(metros, "topMetros", unavailable);
        List<GuideView.DataGap> gaps = content == null ? List.of() : dataGaps(content, a.figures());
        return new GuideView(slug,
                content == null ? null : content.path("title").asString(),
                content == null ? null : content.path("year").asInt(),
                content == null ? null : stream(content.path("keyTakeaways")).map(GuideAggregator::withCitations).toList(),
                classifications,
                section(content, "experienceLevels"), topStates, topMetros, section(content, "specializations"),
                section(content, "benefits"), section(content, "negotiationSteps"),
                section(content, "careerProgression"), section(content, "salaryGrowth"), section(content, "faq"),
                section(content, "sources"), List.copyOf(unavailable), gaps);
    }

    /**
     * Cited classifications that wage-service answered for but has no figures for (the occupation is gone, or an
     * import replaced its year without it): the guide says so instead of passing an empty list off as complete.
     */
    private static List<GuideView.DataGap> dataGaps(JsonNode content, List<Fetched<JsonNode>> figures) {
        List<JsonNode> cited = stream(content.path("classifications")).toList();
        List<GuideView.DataGap> gaps = new ArrayList<>();
        for (int i = 0; i < cited.size() && i < figures.size(); i++) {
            String soc = cited.get(i).path("socCode").asString();
            Fetched<JsonNode> wage = figures.get(i);
            if (wage.status() == Fetched.Status.NOT_FOUND) {
                gaps.add(new GuideView.DataGap("classifications", soc,
                        "The wage data has no occupation " + soc + "; its title and percentiles are missing."));
            } else if (wage.isFound() && wage.value().path("percentiles").isEmpty()) {
                gaps.add(new GuideView.DataGap("classifications", soc, "No national wage figures are published for "
                        + soc + " (" + wage.value().path("title").asString() + "); its percentiles are missing."));
            }
        }
        return List.copyOf(gaps);
    }

    /** Classification entries always carry the guide's role; percentiles only when wage-service answered. */
    private static List<ClassificationView> classifications(JsonNode content, List<Fetched<JsonNode>> figures) {
        List<JsonNode> cited = stream(content.path("classifications")).toList();
        List<ClassificationView> views = new ArrayList<>(cited.size());
        for (int i = 0; i < cited.size(); i++) {
            JsonNode c = cited.get(i);
            JsonNode wage = i < figures.size() && figures.get(i).isFound() ? figures.get(i).value() : null;
            views.add(new ClassificationView(c.path("socCode").asString(),
                    wage == null ? null : wage.path("title").asString(),
                    c.path("role").asString(),
                    wage == null || wage.path("dataYear").isMissingNode() ? null : wage.path("dataYear").asInt(),
                    wage == null ? null : wage.get("percentiles"),
                    wage == null ? null : wage.get("projectedGrowth"),
                    c.get("sources")));
        }
        return views;
    }

    private static List<AreaView> areas(Fetched<JsonNode> ranked, String section, List<String> unavailable) {
        if (ranked.isUnavailable()) {
            unavailable.add(section);
            return null;
        }
        if (!ranked.isFound()) {
            return List.of();
        }
        return stream(ranked.value().path("items")).map(w -> new AreaView(w.path("rank").asInt(),
                w.path("code").asString(), w.path("name").asString(), w.path("annualMeanWage").asInt(),
                w.get("sources"))).toList();
    }

    private static JsonNode section(JsonNode content, String name) {
        return content == null ? null : content.get(name);
    }

    private static String withCitations(JsonNode takeaway) {
        StringBuilder text = new StringBuilder(takeaway.path("text").asString());
        stream(takeaway.path("sources")).forEach(id -> text.append(text.charAt(text.length() - 1) == ']' ? "" : " ")
                .append('[').append(id.asInt()).append(']'));
        return text.toString();
    }

    static java.util.stream.Stream<JsonNode> stream(JsonNode array) {
        return StreamSupport.stream(array.values().spliterator(), false);
    }
}
