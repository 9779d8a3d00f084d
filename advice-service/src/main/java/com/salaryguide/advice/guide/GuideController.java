package com.salaryguide.advice.guide;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.salaryguide.problem.InvalidRequestException;
import com.salaryguide.problem.NotFoundException;
import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.core.annotation.AliasFor;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import static com.salaryguide.advice.web.ApiDocumentation.PROBLEM;
import static com.salaryguide.advice.web.ApiDocumentation.PROBLEM_JSON;
import static com.salaryguide.advice.web.ApiDocumentation.VALIDATION_PROBLEM;

/**
 * HTTP layer for guide content: validates the slug and, for writes, each field of the body by the rules declared on
 * {@link GuideDraft} (a 400 naming every bad field before anything else is checked). Each section has its own path
 * and type; any other name after a guide's slug is a 404 naming the sections there are.
 */
@RestController
@RequestMapping(path = "/api/v1/advice/guides", produces = MediaType.APPLICATION_JSON_VALUE)
public class GuideController {

    static final Pattern SLUG = Pattern.compile(GuideDraft.SLUG);
    /** Section paths, as they appear in the URL, for the 404 of an unknown one. */
    static final List<String> SECTIONS = List.of("classifications", "key-takeaways", "experience-levels",
            "specializations", "benefits", "negotiation-steps", "career-progression", "salary-growth", "highlights",
            "faq", "sources", "section-sources");

    private static final String GUIDES = "Advice guides";
    private static final String SECTION = "Guide sections";
    private static final String NO_GUIDE = "No guide with this slug";
    private static final String BAD_SLUG = "The slug is malformed (errors names slug)";

    private final GuideService service;

    public GuideController(GuideService service) {
        this.service = service;
    }

    @GetMapping
    @Operation(operationId = "listAdviceGuides", tags = GUIDES, summary = "All guides (slug, title, year), ordered by slug")
    @ApiResponse(responseCode = "200", description = "The guides")
    public Flux<GuideContent.Summary> list() {
        return service.list();
    }

    @GetMapping("/{slug}")
    @Operation(operationId = "getAdviceGuide", tags = GUIDES, summary = "The whole editorial content of a guide")
    @ApiResponse(responseCode = "200", description = "The guide, every key present")
    @ApiResponse(responseCode = "400", description = BAD_SLUG, content = @Content(mediaType = PROBLEM_JSON,
            schema = @Schema(ref = VALIDATION_PROBLEM)))
    @ApiResponse(responseCode = "404", description = NO_GUIDE, content = @Content(mediaType = PROBLEM_JSON,
            schema = @Schema(ref = PROBLEM)))
    public Mono<GuideContent> guide(@PathVariable @SlugParameter String slug) {
        return service.guide(validSlug(slug));
    }

    @GetMapping("/{slug}/classifications")
    @SectionOperation(operationId = "getAdviceGuideClassifications", summary = "The BLS classifications a guide reads pay through")
    public Mono<List<GuideContent.Classification>> classifications(@PathVariable @SlugParameter String slug) {
        return service.classifications(validSlug(slug));
    }

    @GetMapping("/{slug}/key-takeaways")
    @SectionOperation(operationId = "getAdviceGuideKeyTakeaways", summary = "A guide's key takeaways")
    public Mono<List<GuideContent.KeyTakeaway>> keyTakeaways(@PathVariable @SlugParameter String slug) {
        return service.keyTakeaways(validSlug(slug));
    }

    @GetMapping("/{slug}/experience-levels")
    @SectionOperation(operationId = "getAdviceGuideExperienceLevels", summary = "Pay by experience level")
    public Mono<List<GuideContent.ExperienceLevel>> experienceLevels(@PathVariable @SlugParameter String slug) {
        return service.experienceLevels(validSlug(slug));
    }

    @GetMapping("/{slug}/specializations")
    @SectionOperation(operationId = "getAdviceGuideSpecializations", summary = "Pay by specialization")
    public Mono<List<GuideContent.Specialization>> specializations(@PathVariable @SlugParameter String slug) {
        return service.specializations(validSlug(slug));
    }

    @GetMapping("/{slug}/benefits")
    @SectionOperation(operationId = "getAdviceGuideBenefits", summary = "Benefits and total compensation")
    public Mono<List<GuideContent.Benefit>> benefits(@PathVariable @SlugParameter String slug) {
        return service.benefits(validSlug(slug));
    }

    @GetMapping("/{slug}/negotiation-steps")
    @SectionOperation(operationId = "getAdviceGuideNegotiationSteps", summary = "Negotiation steps, with the figures they quote")
    public Mono<List<GuideContent.NegotiationStep>> negotiationSteps(@PathVariable @SlugParameter String slug) {
        return service.negotiationSteps(validSlug(slug));
    }

    @GetMapping("/{slug}/career-progression")
    @SectionOperation(operationId = "getAdviceGuideCareerProgression", summary = "Career roles beyond the experience levels")
    public Mono<List<GuideContent.CareerRole>> careerProgression(@PathVariable @SlugParameter String slug) {
        return service.careerProgression(validSlug(slug));
    }

    @GetMapping("/{slug}/salary-growth")
    @SectionOperation(operationId = "getAdviceGuideSalaryGrowth", summary = "Pay growth from one experience level to another")
    public Mono<List<GuideContent.SalaryGrowth>> salaryGrowth(@PathVariable @SlugParameter String slug) {
        return service.salaryGrowth(validSlug(slug));
    }

    @GetMapping("/{slug}/highlights")
    @SectionOperation(operationId = "getAdviceGuideHighlights",
            summary = "Statements the guide makes about a section's figures, with the figures")
    public Mono<List<GuideContent.Highlight>> highlights(@PathVariable @SlugParameter String slug) {
        return service.highlights(validSlug(slug));
    }

    @GetMapping("/{slug}/faq")
    @SectionOperation(operationId = "getAdviceGuideFaq", summary = "A guide's frequently asked questions")
    public Mono<List<GuideContent.Faq>> faq(@PathVariable @SlugParameter String slug) {
        return service.faq(validSlug(slug));
    }

    @GetMapping("/{slug}/sources")
    @SectionOperation(operationId = "getAdviceGuideSources", summary = "The numbered sources a guide cites")
    public Mono<List<GuideContent.Source>> sources(@PathVariable @SlugParameter String slug) {
        return service.sources(validSlug(slug));
    }

    @GetMapping("/{slug}/section-sources")
    @SectionOperation(operationId = "getAdviceGuideSectionSources",
            summary = "Citations a guide attaches to whole sections, by section name")
    public Mono<Map<String, List<Integer>>> sectionSources(@PathVariable @SlugParameter String slug) {
        return service.sectionSources(validSlug(slug));
    }

    /** Any other name after a slug: 400 for a bad slug first, as every guide path does, then 404 listing the sections. */
    @Hidden
    @GetMapping("/{slug}/{section}")
    public Mono<Void> unknownSection(@PathVariable String slug, @PathVariable String section) {
        validSlug(slug);
        throw new NotFoundException("No section " + (section.length() > 50 ? section.substring(0, 50) + "..." : section)
                + "; sections are " + String.join(", ", SECTIONS.stream().sorted().toList()) + ".");
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "createAdviceGuide", tags = GUIDES, summary = "Create a guide (scope salary.write)",
            description = "Body: the whole guide as GET returns it, with slug and every section ([] for none, {} for"
                    + " no section citations; classifications and sources need at least one entry; every source"
                    + " cited somewhere). All rows are written in one transaction.")
    @ApiResponse(responseCode = "201", description = "Created: the guide as stored, at version 0; Location names it")
    @ApiResponse(responseCode = "400", description = "Fields that break a rule, each named in errors",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = VALIDATION_PROBLEM)))
    @ApiResponse(responseCode = "409", description = "A guide with this slug exists",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM)))
    public Mono<ResponseEntity<GuideContent>> create(@Validated(GuideDraft.Create.class) @RequestBody GuideDraft draft) {
        return service.create(draft).map(g -> ResponseEntity
                .created(URI.create("/api/v1/advice/guides/" + g.slug())).body(g));
    }

    @PutMapping(path = "/{slug}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "replaceAdviceGuide", tags = GUIDES, summary = "Replace a guide whole (scope salary.write)",
            description = "Body: the whole guide with the version you read and every section ([] for none, {} for no"
                    + " section citations; a section left out is a 400, never a deletion). The write is one"
                    + " transaction, so a failure leaves the previous content intact.")
    @ApiResponse(responseCode = "200", description = "The guide as stored, at the next version")
    @ApiResponse(responseCode = "400", description = "Fields that break a rule, each named in errors",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = VALIDATION_PROBLEM)))
    @ApiResponse(responseCode = "404", description = NO_GUIDE,
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM)))
    @ApiResponse(responseCode = "409", description = "The guide changed since the version you read; nothing was"
            + " written", content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM)))
    public Mono<GuideContent> replace(@PathVariable @SlugParameter String slug,
                                      @Validated(GuideDraft.Replace.class) @RequestBody GuideDraft draft) {
        return service.replace(validSlug(slug), draft);
    }

    @DeleteMapping("/{slug}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "deleteAdviceGuide", tags = GUIDES, summary = "Delete a guide (scope salary.write)")
    @ApiResponse(responseCode = "204", description = "Deleted")
    @ApiResponse(responseCode = "400", description = "The slug or version is malformed (errors names it)",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = VALIDATION_PROBLEM)))
    @ApiResponse(responseCode = "404", description = NO_GUIDE,
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM)))
    @ApiResponse(responseCode = "409", description = "The guide changed since the version you read; nothing was"
            + " deleted", content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM)))
    public Mono<Void> delete(@PathVariable @SlugParameter String slug,
                             @RequestParam(required = false)
                             @Parameter(description = "The version of the guide you read", required = true,
                                     schema = @Schema(type = "integer", format = "int64", minimum = "0"))
                             String version) {
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

    /** A read of one section: its tag, and the answers every section read can give. */
    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @Operation(tags = SECTION, responses = {
            @ApiResponse(responseCode = "200", description = "The section, every key of every entry present",
                    useReturnTypeSchema = true),
            @ApiResponse(responseCode = "400", description = BAD_SLUG, content = @Content(mediaType = PROBLEM_JSON,
                    schema = @Schema(ref = VALIDATION_PROBLEM))),
            @ApiResponse(responseCode = "404", description = NO_GUIDE, content = @Content(mediaType = PROBLEM_JSON,
                    schema = @Schema(ref = PROBLEM)))})
    @interface SectionOperation {

        @AliasFor(annotation = Operation.class)
        String operationId();

        @AliasFor(annotation = Operation.class)
        String summary();
    }

    /** The slug path parameter, as documented. */
    @Target({ElementType.PARAMETER})
    @Retention(RetentionPolicy.RUNTIME)
    @Parameter(description = "The guide: lower-case words joined by hyphens", example = "machine-learning-engineer",
            schema = @Schema(type = "string", pattern = GuideDraft.SLUG, maxLength = 100))
    @interface SlugParameter {
    }
}
