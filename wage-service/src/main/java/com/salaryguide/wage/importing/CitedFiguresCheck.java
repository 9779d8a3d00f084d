package com.salaryguide.wage.importing;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.salaryguide.problem.ConflictException;
import com.salaryguide.problem.UnavailableException;
import com.salaryguide.wage.occupation.OccupationRepository;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Re-importing a year replaces it whole, so an occupation the file lacks loses that year's figures. When a
 * published guide cites such an occupation, its percentile tables would go empty: the import is refused (409)
 * unless the request says to replace cited occupations anyway. advice-service knows what guides cite; it is asked
 * only when the import would remove some figures, and when it cannot answer, the import is refused too (503),
 * since nobody can tell whether it is safe.
 */
@Component
public class CitedFiguresCheck {

    /** advice-service restarts in seconds; a client retrying sooner would only be refused again. */
    static final Duration RETRY_AFTER = Duration.ofSeconds(30);
    private static final int CODES_IN_DETAIL = 10;

    private final OccupationRepository occupations;
    private final GuideCitations citations;

    public CitedFiguresCheck(OccupationRepository occupations, GuideCitations citations) {
        this.occupations = occupations;
        this.citations = citations;
    }

    /** What the 409 lists: one occupation whose figures would go, and the guides citing it. */
    @Schema(description = "An occupation whose figures the import would remove, with the guides citing it.")
    public record CitedOccupation(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "15-2051") String socCode,
            @ArraySchema(arraySchema = @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Slugs of"
                    + " the published guides citing it."), schema = @Schema(example = "machine-learning-engineer"))
            List<String> guides) {
    }

    /** Completes empty when the import may replace the year; errors with a 409 or 503 problem otherwise. */
    public Mono<Void> check(int year, Set<String> importedSocCodes) {
        return occupations.socCodesWithFigures(year)
                .filter(soc -> !importedSocCodes.contains(soc))
                .collect(Collectors.toCollection(TreeSet::new))
                .flatMap(removed -> removed.isEmpty() ? Mono.<Void>empty() : citations.guidesCiting(removed)
                        .onErrorMap(GuideCitations.AdviceUnavailable.class, ex -> unavailable(year, removed))
                        .flatMap(cited -> cited.isEmpty() ? Mono.<Void>empty()
                                : Mono.error(conflict(year, removed, cited))));
    }

    private static ConflictException conflict(int year, Set<String> removed, Map<String, Set<String>> cited) {
        List<CitedOccupation> list = removed.stream().filter(cited::containsKey)
                .map(soc -> new CitedOccupation(soc, List.copyOf(cited.get(soc)))).toList();
        String guides = list.stream().flatMap(c -> c.guides().stream()).distinct().sorted()
                .collect(Collectors.joining(", "));
        return new ConflictException("This import would remove the " + year + " figures of "
                + codes(list.stream().map(CitedOccupation::socCode).toList()) + ", which published guides cite ("
                + guides + "); nothing was imported. Add the occupations to the file, or send"
                + " replaceCitedOccupations=true to replace them anyway.", Map.of("citedOccupations", list));
    }

    private static UnavailableException unavailable(int year, Set<String> removed) {
        return new UnavailableException("advice-service could not tell whether a guide cites the occupations this"
                + " import would remove from " + year + " (" + codes(List.copyOf(removed)) + "); nothing was imported."
                + " Try again later, or send replaceCitedOccupations=true to import without this check.", RETRY_AFTER);
    }

    private static String codes(List<String> codes) {
        String shown = String.join(", ", codes.subList(0, Math.min(codes.size(), CODES_IN_DETAIL)));
        return codes.size() > CODES_IN_DETAIL ? shown + " and " + (codes.size() - CODES_IN_DETAIL) + " more" : shown;
    }
}
