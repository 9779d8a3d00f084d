package com.salaryguide.advice.guide;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import com.salaryguide.problem.InvalidRequestException;
import com.salaryguide.problem.InvalidRequestException.FieldProblem;
import com.salaryguide.problem.NotFoundException;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Guide content: reads (the list, a whole guide, one named section, citations) and whole-guide writes. */
@Service
public class GuideService {

    private final GuideRepository repository;
    private final GuideWriter writer;

    public GuideService(GuideRepository repository, GuideWriter writer) {
        this.repository = repository;
        this.writer = writer;
    }

    public Flux<GuideContent.Summary> list() {
        return repository.summaries();
    }

    public Mono<GuideContent> guide(String slug) {
        return head(slug).flatMap(h -> Mono.zip(
                        List.of(repository.classifications(slug), repository.keyTakeaways(slug),
                                repository.experienceLevels(slug), repository.specializations(slug),
                                repository.benefits(slug), repository.negotiationSteps(slug),
                                repository.careerProgression(slug), repository.salaryGrowth(slug),
                                repository.highlights(slug), repository.faq(slug), repository.sources(slug),
                                repository.sectionSources(slug)),
                        parts -> parts)
                .map(p -> new GuideContent(h.slug(), h.title(), h.year(), h.version(), h.intro(), cast(p[0]), cast(p[1]),
                        cast(p[2]), cast(p[3]), cast(p[4]), cast(p[5]), cast(p[6]), cast(p[7]), cast(p[8]),
                        cast(p[9]), cast(p[10]), cast(p[11]))));
    }

    // One section of a guide each, once the guide is known to exist (404 otherwise).

    public Mono<List<GuideContent.Classification>> classifications(String slug) {
        return section(slug, repository::classifications);
    }

    public Mono<List<GuideContent.KeyTakeaway>> keyTakeaways(String slug) {
        return section(slug, repository::keyTakeaways);
    }

    public Mono<List<GuideContent.ExperienceLevel>> experienceLevels(String slug) {
        return section(slug, repository::experienceLevels);
    }

    public Mono<List<GuideContent.Specialization>> specializations(String slug) {
        return section(slug, repository::specializations);
    }

    public Mono<List<GuideContent.Benefit>> benefits(String slug) {
        return section(slug, repository::benefits);
    }

    public Mono<List<GuideContent.NegotiationStep>> negotiationSteps(String slug) {
        return section(slug, repository::negotiationSteps);
    }

    public Mono<List<GuideContent.CareerRole>> careerProgression(String slug) {
        return section(slug, repository::careerProgression);
    }

    public Mono<List<GuideContent.SalaryGrowth>> salaryGrowth(String slug) {
        return section(slug, repository::salaryGrowth);
    }

    public Mono<List<GuideContent.Highlight>> highlights(String slug) {
        return section(slug, repository::highlights);
    }

    public Mono<List<GuideContent.Faq>> faq(String slug) {
        return section(slug, repository::faq);
    }

    public Mono<List<GuideContent.Source>> sources(String slug) {
        return section(slug, repository::sources);
    }

    /** Citations a guide attaches to whole sections, by section name. */
    public Mono<Map<String, List<Integer>>> sectionSources(String slug) {
        return section(slug, repository::sectionSources);
    }

    private <T> Mono<T> section(String slug, Function<String, Mono<T>> read) {
        return head(slug).flatMap(h -> read.apply(slug));
    }

    /** Creates a guide from a draft whose fields passed their rules (409 when the slug is taken); returns it as stored. */
    public Mono<GuideContent> create(GuideDraft draft) {
        return check(GuideValidator.validate(draft))
                .then(Mono.defer(() -> writer.create(draft.slug(), draft)))
                .then(Mono.defer(() -> guide(draft.slug())));
    }

    /** Replaces a guide whole if the draft's version is current (else 409); returns it as stored. */
    public Mono<GuideContent> replace(String slug, GuideDraft draft) {
        List<FieldProblem> problems = new ArrayList<>();
        if (draft.slug() != null && !draft.slug().equals(slug)) {
            problems.add(new FieldProblem("slug", "must match the path (" + slug + ") or be left out"));
        }
        problems.addAll(GuideValidator.validate(draft));
        return check(problems)
                .then(Mono.defer(() -> writer.replace(slug, draft)))
                .then(Mono.defer(() -> guide(slug)));
    }

    /** Every classification the guides cite, for the given SOC codes (all when empty), by SOC code then guide slug. */
    public Flux<Citation> citations(Set<String> socCodes) {
        return repository.citations(socCodes);
    }

    public Mono<Void> delete(String slug, long version) {
        return writer.delete(slug, version);
    }

    private static Mono<Void> check(List<FieldProblem> problems) {
        return problems.isEmpty() ? Mono.empty() : Mono.error(new InvalidRequestException(problems));
    }

    private Mono<GuideRepository.GuideHead> head(String slug) {
        return repository.head(slug).switchIfEmpty(Mono.error(new NotFoundException("No guide " + slug + ".")));
    }

    @SuppressWarnings("unchecked")
    private static <T> T cast(Object part) {
        return (T) part;
    }
}
