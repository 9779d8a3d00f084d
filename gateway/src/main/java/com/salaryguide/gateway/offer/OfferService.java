package com.salaryguide.gateway.offer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.salaryguide.gateway.downstream.Deadline;
import com.salaryguide.gateway.downstream.DownstreamClient;
import com.salaryguide.gateway.downstream.Fetched;
import com.salaryguide.gateway.downstream.ReadThroughCache;
import com.salaryguide.gateway.downstream.Service;
import com.salaryguide.gateway.guide.GuideAggregator;
import com.salaryguide.gateway.offer.OfferEvaluator.AreaMean;
import com.salaryguide.gateway.offer.OfferEvaluator.Level;
import com.salaryguide.gateway.offer.OfferEvaluator.Standing;
import com.salaryguide.problem.InvalidRequestException;
import com.salaryguide.problem.NotFoundException;
import com.salaryguide.problem.UnavailableException;
import com.salaryguide.ranking.PercentileRanking;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * Gathers what an offer evaluation needs (guide content, each cited classification's national percentiles from
 * wage-service, the state's and metro's mean wage from geography-service), all through the read-through cache and
 * in parallel once the guide is known, then lets {@link OfferEvaluator} do the arithmetic.
 */
@Component
public class OfferService {

    private final GuideAggregator guides;
    private final DownstreamClient client;
    private final ReadThroughCache cache;

    public OfferService(GuideAggregator guides, DownstreamClient client, ReadThroughCache cache) {
        this.guides = guides;
        this.client = client;
        this.cache = cache;
    }

    /** The evaluation plus the parts that could not be computed because a service did not answer. */
    public record Result(OfferEvaluator.Evaluation evaluation, List<String> unavailableSections) {
    }

    public Mono<Result> evaluate(String slug, OfferRequest offer) {
        Deadline deadline = guides.deadline();
        return guides.advice(slug, deadline).flatMap(advice -> {
            if (advice.status() == Fetched.Status.NOT_FOUND) {
                return Mono.error(new NotFoundException("No guide " + slug + "."));
            }
            if (advice.isUnavailable()) {
                return Mono.error(new UnavailableException("Guide " + slug + " is unavailable; try again shortly."));
            }
            JsonNode content = advice.value();
            Mono<Optional<List<Standing>>> standings = Flux.fromIterable(list(content.path("classifications")))
                    .flatMapSequential(c -> standing(c, offer.annualBase(), deadline))
                    .collectList()
                    .map(all -> all.stream().anyMatch(Optional::isEmpty) ? Optional.<List<Standing>>empty()
                            : Optional.of(all.stream().map(Optional::get).toList()));
            Mono<Optional<AreaMean>> state = offer.state() == null ? Mono.just(Optional.empty())
                    : area(slug, "states", "state", offer.state(), deadline);
            Mono<Optional<AreaMean>> metro = offer.metro() == null ? Mono.just(Optional.empty())
                    : area(slug, "metros", "metro", offer.metro(), deadline);
            return Mono.zip(standings, state, metro).map(t -> {
                List<String> unavailable = new ArrayList<>();
                if (t.getT1().isEmpty()) {
                    unavailable.add("classifications");
                }
                boolean locationMissing = (offer.state() != null && t.getT2().isEmpty())
                        || (offer.metro() != null && t.getT3().isEmpty());
                if (locationMissing) {
                    unavailable.add("location");
                }
                OfferEvaluator.Evaluation evaluation = OfferEvaluator.evaluate(offer.annualBase(),
                        offer.yearsOfExperience(), t.getT1().orElse(List.of()), levels(content),
                        locationMissing ? null : t.getT2().orElse(null), locationMissing ? null : t.getT3().orElse(null));
                return new Result(evaluation, List.copyOf(unavailable));
            });
        });
    }

    /**
     * Empty when wage-service could not answer. The rank is computed here, by the same function wage-service's
     * percentile-rank endpoint uses, from the very percentiles this evaluation reports (the cached national figures
     * the guide shows), so one answer never mixes two versions of the data and an offer costs no call per
     * classification. Without an exact annual percentile (all "*" or top-coded) there is nothing to rank against.
     */
    private Mono<Optional<Standing>> standing(JsonNode cited, long annualBase, Deadline deadline) {
        String soc = cited.path("socCode").asString();
        return guides.occupation(soc, deadline).map(figures -> {
            if (!figures.isFound()) {
                return Optional.empty();
            }
            JsonNode o = figures.value();
            List<PercentileRanking.Point> distribution = points(o);
            PercentileRanking.Result rank = distribution.stream().anyMatch(PercentileRanking.Point::exact)
                    ? PercentileRanking.rank(annualBase, distribution) : null;
            return Optional.of(new Standing(soc, o.path("title").asString(), cited.path("role").asString(),
                    rank == null ? null : rank.percentileRank(), rank == null ? null : rank.position().name(),
                    annual(o, 10), annual(o, 50), annual(o, 75), annual(o, 90), ints(cited.path("sources"))));
        });
    }

    private static List<PercentileRanking.Point> points(JsonNode occupation) {
        return list(occupation.path("percentiles")).stream().map(p -> new PercentileRanking.Point(
                p.path("percentile").asInt(), p.path("annual").isNumber() ? p.path("annual").asInt() : null,
                p.path("annualTopCoded").asBoolean(false))).toList();
    }

    /**
     * The area's guide figure. An area geography-service does not know is the caller's mistake (400 naming the
     * field); a known area without a figure for this guide gives a mean of null; empty when the figure could not be
     * read in time (the location section is then unavailable). Whether the area exists is part of
     * validating the request, so when geography-service cannot say, the answer is 503: an unchecked area is never
     * accepted.
     */
    private Mono<Optional<AreaMean>> area(String slug, String kind, String field, String key, Deadline deadline) {
        Mono<Fetched<JsonNode>> area = deadline.bound(cache.get(kind + ":" + key,
                () -> client.get(Service.geography, "/api/v1/geography/" + kind + "/{key}", key)));
        Mono<Fetched<JsonNode>> wage = deadline.bound(cache.get(kind + ":" + key + ":" + slug,
                () -> client.get(Service.geography, "/api/v1/geography/" + kind + "/{key}?occupation={slug}", key, slug)));
        return Mono.zip(area, wage).flatMap(t -> {
            if (t.getT1().status() == Fetched.Status.NOT_FOUND) {
                return Mono.error(new InvalidRequestException(field, "is not a known " + field + ": " + key));
            }
            if (t.getT1().isUnavailable()) {
                return Mono.error(new UnavailableException("Cannot check the " + field + " right now: the area"
                        + " service did not answer. Retry shortly, or evaluate without a " + field + "."));
            }
            if (t.getT2().isUnavailable()) {
                return Mono.just(Optional.<AreaMean>empty());
            }
            JsonNode a = t.getT1().value();
            JsonNode w = t.getT2().isFound() ? t.getT2().value() : null;
            return Mono.just(Optional.of(new AreaMean(a.path("code").asString(), a.path("name").asString(),
                    w == null ? null : w.path("annualMeanWage").asInt(),
                    w == null ? List.of() : ints(w.path("sources")))));
        });
    }

    private static List<Level> levels(JsonNode content) {
        return list(content.path("experienceLevels")).stream().map(l -> new Level(l.path("level").asString(),
                l.path("title").asString(), l.path("minYears").asInt(),
                l.path("maxYears").isNumber() ? l.path("maxYears").asInt() : null,
                longOrNull(l.path("baseSalary").path("min")), longOrNull(l.path("baseSalary").path("max")),
                ints(l.path("sources")))).toList();
    }

    private static Integer annual(JsonNode occupation, int percentile) {
        for (JsonNode p : occupation.path("percentiles").values()) {
            if (p.path("percentile").asInt() == percentile && p.path("annual").isNumber()) {
                return p.path("annual").asInt();
            }
        }
        return null;
    }

    private static Long longOrNull(JsonNode n) {
        return n.isNumber() ? n.asLong() : null;
    }

    private static List<Integer> ints(JsonNode array) {
        return list(array).stream().map(JsonNode::asInt).toList();
    }

    private static List<JsonNode> list(JsonNode array) {
        return new ArrayList<>(array.values());
    }

}
