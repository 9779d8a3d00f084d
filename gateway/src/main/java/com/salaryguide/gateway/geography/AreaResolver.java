package com.salaryguide.gateway.geography;

import java.util.Set;

import com.salaryguide.gateway.downstream.Deadline;
import com.salaryguide.problem.InvalidRequestException;
import com.salaryguide.problem.UnavailableException;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Turns what a client wrote for an area (a state's USPS code, a CBSA or nonmetropolitan area code, an area's exact
 * BLS title, a territory's code, or {@code US}) into the area. An area geography-service does not know, or of a kind
 * the field does not take, is the client's mistake (400 naming the field); when geography-service cannot say, the
 * request cannot be validated and is answered 503, never accepted unchecked.
 */
@Component
public class AreaResolver {

    private final GeographyReads geography;

    public AreaResolver(GeographyReads geography) {
        this.geography = geography;
    }

    /** {@code kinds}: the area types the field accepts ({@code national} for US). */
    public Mono<Area> resolve(String field, String written, Set<String> kinds, Deadline deadline) {
        String key = written.strip();
        if (key.equalsIgnoreCase(Area.NATION.code())) {
            return kinds.contains(Area.NATION.areaType()) ? Mono.just(Area.NATION)
                    : Mono.error(notKnown(field, written));
        }
        return geography.area(key, deadline).flatMap(found -> {
            if (found.isUnavailable()) {
                return Mono.error(new UnavailableException("Cannot check the " + field + " right now: the area"
                        + " service did not answer. Retry shortly."));
            }
            if (!found.isFound() || !kinds.contains(found.value().areaType())) {
                return Mono.error(notKnown(field, written));
            }
            return Mono.just(found.value());
        });
    }

    private static InvalidRequestException notKnown(String field, String written) {
        String shown = written.length() > 100 ? written.substring(0, 100) + "..." : written;
        return new InvalidRequestException(field, "is not a known " + field + ": " + shown);
    }
}
