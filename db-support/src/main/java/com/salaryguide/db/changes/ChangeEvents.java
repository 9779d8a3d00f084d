package com.salaryguide.db.changes;

import java.time.Duration;

import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.reactive.function.server.RequestPredicates;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Flux;

/**
 * {@code GET /internal/changes}: every instance's changes as Server-Sent Events ({@code event: change}, the
 * {@link Change} as JSON data), for the gateway to drop what it cached. The stream opens with a comment line, so a
 * client knows at once that it is connected, and carries a comment every {@code keepAlive} while quiet. It is not
 * part of the public API: the gateway routes only {@code /api/v1/**} and {@code /api-docs/*}.
 */
public final class ChangeEvents {

    public static final String PATH = "/internal/changes";

    private final Changes changes;
    private final Duration keepAlive;

    public ChangeEvents(Changes changes, Duration keepAlive) {
        this.changes = changes;
        this.keepAlive = keepAlive;
    }

    public RouterFunction<ServerResponse> routes() {
        return RouterFunctions.route(RequestPredicates.GET(PATH), request -> ServerResponse.ok()
                .contentType(MediaType.TEXT_EVENT_STREAM)
                .body(events(), ServerSentEvent.class));
    }

    /** Subscribes to the changes before announcing the stream, so nothing after the opening line is missed. */
    Flux<ServerSentEvent<Change>> events() {
        Flux<ServerSentEvent<Change>> heard = changes.stream()
                .map(change -> ServerSentEvent.builder(change).event("change").build());
        Flux<ServerSentEvent<Change>> opened = Flux.just(comment("changes of " + changes.service()));
        Flux<ServerSentEvent<Change>> keptAlive = Flux.interval(keepAlive).map(tick -> comment("keep-alive"));
        return Flux.merge(heard, opened, keptAlive).takeUntilOther(changes.closed());
    }

    private static ServerSentEvent<Change> comment(String text) {
        return ServerSentEvent.<Change>builder().comment(text).build();
    }
}
