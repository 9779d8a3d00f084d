package com.salaryguide.gateway.guide;

import java.util.List;
import java.util.regex.Pattern;

import com.salaryguide.gateway.advice.AdviceGuide;
import com.salaryguide.problem.InvalidRequestException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Whole editorial guides, aggregated from the three services. */
@RestController
@RequestMapping(path = "/api/v1/guides", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Guides", description = "Whole salary guides, assembled by the gateway from the three services")
public class GuideController {

    static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final GuideAggregator aggregator;
    private final GuideDocuments documents;

    public GuideController(GuideAggregator aggregator, GuideDocuments documents) {
        this.aggregator = aggregator;
        this.documents = documents;
    }

    @GetMapping
    @Operation(operationId = "listGuides", summary = "All editorial guides (slug, title, year)")
    public Mono<List<AdviceGuide.Summary>> list() {
        return aggregator.list();
    }

    @GetMapping("/{slug}")
    @ApiResponse(responseCode = "200", description = "The guide. A complete guide carries a strong ETag and"
            + " Cache-Control: no-cache, so clients may keep it and revalidate with If-None-Match; a degraded one"
            + " (unavailableSections not empty) carries Cache-Control: no-store and no ETag.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = GuideView.class)))
    @ApiResponse(responseCode = "304", description = "If-None-Match named the current ETag: the guide has not"
            + " changed", content = @Content)
    @Operation(operationId = "getGuide", summary = "A whole editorial guide",
            description = "Assembled from advice-service (content), wage-service (national figures of the cited"
                    + " classifications) and geography-service (top 10 states and metros). A service that does not"
                    + " answer within the gateway's answer timeout (SALARYGUIDE_ANSWER_TIMEOUT) costs only its"
                    + " sections: they are null and named in unavailableSections, and the response is still 200."
                    + " Downstream answers are cached for a bounded time (SALARYGUIDE_CACHE_TTL) and a complete guide,"
                    + " once assembled, is reused for up to one second more.")
    public Mono<ResponseEntity<byte[]>> guide(@PathVariable @Parameter(example = "machine-learning-engineer",
            schema = @Schema(pattern = "[a-z0-9]+(-[a-z0-9]+)*", maxLength = 100)) String slug) {
        // written once per assembly; conditional GETs (If-None-Match) are answered 304 by WebFlux from the ETag
        return documents.guide(validSlug(slug)).map(document -> {
            ResponseEntity.BodyBuilder ok = ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON);
            return document.complete()
                    ? ok.eTag(document.etag()).cacheControl(CacheControl.noCache()).body(document.json())
                    : ok.cacheControl(CacheControl.noStore()).body(document.json());
        });
    }

    /** Lower-case words joined by hyphens, at most 100 characters. */
    public static boolean isValidSlug(String slug) {
        return slug.length() <= 100 && SLUG.matcher(slug).matches();
    }

    public static String validSlug(String slug) {
        if (!isValidSlug(slug)) {
            throw new InvalidRequestException("slug", "must be lower-case words joined by hyphens, like"
                    + " machine-learning-engineer");
        }
        return slug;
    }
}
