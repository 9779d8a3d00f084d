package com.salaryguide.advice.guide;

import java.net.URI;
import java.util.List;
import java.util.regex.Pattern;

import com.salaryguide.problem.InvalidRequestException;
import com.salaryguide.problem.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * HTTP layer for guide content: validates the slug, the section name and, for writes, each field of the body by the
 * rules declared on {@link GuideDraft} (a 400 naming every bad field before anything else is checked).
 */
@RestController
@RequestMapping("/api/v1/advice/guides")
public class GuideController {

    static final Pattern SLUG = Pattern.compile(GuideDraft.SLUG);

    private final GuideService service;

    public GuideController(GuideService service) {
        this.service = service;
    }

    @GetMapping
    @Operation(summary = "All guides (slug, title, year), ordered by slug")
    public Flux<GuideContent.Summary> list() {
        return service.list();
    }

    @GetMapping("/{slug}")
    @Operation(summary = "The whole editorial content of a guide")
    public Mono<GuideContent> guide(@PathVariable @Parameter(example = "machine-learning-engineer") String slug) {
        return service.guide(validSlug(slug));
    }

    @GetMapping("/{slug}/{section}")
    @Operation(summary = "One section of a guide",
            description = "section is one of classifications, key-takeaways, experience-levels, specializations,"
                    + " benefits, negotiation-steps, career-progression, salary-growth, faq, sources.")
    public Mono<? extends List<?>> section(@PathVariable String slug, @PathVariable String section) {
        String valid = validSlug(slug);
        if (!service.sectionNames().contains(section)) {
            throw new NotFoundException("No section " + (section.length() > 50 ? section.substring(0, 50) + "..." : section)
                    + "; sections are " + String.join(", ", service.sectionNames()) + ".");
        }
        return service.section(valid, section);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Create a guide (scope salary.write)",
            description = "Body: the whole guide as GET returns it, with slug and every section ([] for none;"
                    + " classifications and sources need at least one entry). 201 with Location; 409 if the slug is"
                    + " taken; 400 naming every bad field. All rows are written in one transaction.")
    public Mono<ResponseEntity<GuideContent>> create(@Validated(GuideDraft.Create.class) @RequestBody GuideDraft draft) {
        return service.create(draft).map(g -> ResponseEntity
                .created(URI.create("/api/v1/advice/guides/" + g.slug())).body(g));
    }

    @PutMapping(path = "/{slug}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Replace a guide whole (scope salary.write)",
            description = "Body: the whole guide with the version you read and every section ([] for none; a"
                    + " section left out is a 400, never a deletion). A stale version gets 409 and changes nothing;"
                    + " the write is one transaction, so a failure leaves the previous content intact.")
    public Mono<GuideContent> replace(@PathVariable String slug,
                                      @Validated(GuideDraft.Replace.class) @RequestBody GuideDraft draft) {
        return service.replace(validSlug(slug), draft);
    }

    @DeleteMapping("/{slug}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a guide (scope salary.write)", description = "version: the version you read; stale: 409.")
    public Mono<Void> delete(@PathVariable String slug, @RequestParam(required = false) String version) {
        String valid = validSlug(slug);
        long v;
        try {
            v = Long.parseLong(version == null ? "" : version.strip());
        } catch (NumberFormatException ex) {
            throw new InvalidRequestException("version", "is required: the version of the guide you read");
        }
        return service.delete(valid, v);
    }

    static String validSlug(String slug) {
        if (slug.length() > 100 || !SLUG.matcher(slug).matches()) {
            throw new InvalidRequestException("slug", "must be lower-case words joined by hyphens, like"
                    + " machine-learning-engineer");
        }
        return slug;
    }
}
