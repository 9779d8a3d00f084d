package com.salaryguide.advice.guide;

import java.util.List;
import java.util.regex.Pattern;

import com.salaryguide.problem.InvalidRequestException;
import com.salaryguide.problem.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** HTTP layer for guide content: validates the slug and section name, nothing more. */
@RestController
@RequestMapping("/api/v1/advice/guides")
public class GuideController {

    static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

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

    static String validSlug(String slug) {
        if (slug.length() > 100 || !SLUG.matcher(slug).matches()) {
            throw new InvalidRequestException("slug", "must be lower-case words joined by hyphens, like"
                    + " machine-learning-engineer");
        }
        return slug;
    }
}
