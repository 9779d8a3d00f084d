package com.salaryguide.gateway.guide;

import java.util.List;
import java.util.regex.Pattern;

import com.salaryguide.problem.InvalidRequestException;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Whole guides, aggregated from the three services. */
@RestController
@RequestMapping("/api/v1/guides")
public class GuideController {

    static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final GuideAggregator aggregator;

    public GuideController(GuideAggregator aggregator) {
        this.aggregator = aggregator;
    }

    @GetMapping
    @Operation(summary = "All guides (slug, title, year)")
    public Mono<List<GuideView.Summary>> list() {
        return aggregator.list();
    }

    @GetMapping("/{slug}")
    @Operation(summary = "A whole guide",
            description = "Assembled from advice-service (content), wage-service (percentiles of the cited"
                    + " classifications) and geography-service (top 10 states and metros). A service that does not"
                    + " answer within the call timeout (350 ms) costs only its sections: they are omitted and named in"
                    + " unavailableSections, and the response is still 200. Downstream answers are cached for up to 10 s"
                    + " (SALARYGUIDE_CACHE_TTL); with SALARYGUIDE_STALE_TTL set, the last good copy is served during an"
                    + " outage until it is that old.")
    public Mono<GuideView> guide(@PathVariable String slug) {
        return aggregator.guide(validSlug(slug));
    }

    public static String validSlug(String slug) {
        if (slug.length() > 100 || !SLUG.matcher(slug).matches()) {
            throw new InvalidRequestException("slug", "must be lower-case words joined by hyphens, like"
                    + " machine-learning-engineer");
        }
        return slug;
    }
}
