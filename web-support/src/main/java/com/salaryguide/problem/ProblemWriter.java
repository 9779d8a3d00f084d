package com.salaryguide.problem;

import java.nio.charset.StandardCharsets;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import reactor.core.publisher.Mono;

/** Writes a problem response from a web filter, where no controller advice applies (security, rate limiting). */
public final class ProblemWriter {

    private ProblemWriter() {
    }

    /** title and detail are the caller's own constant texts (not escaped: never pass client input). */
    public static Mono<Void> write(ServerHttpResponse response, HttpStatus status, String title, String detail) {
        if (response.isCommitted()) {
            return Mono.empty();
        }
        response.setStatusCode(status);
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        String json = "{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status.value()
                + ",\"detail\":\"" + detail + "\"}";
        DataBuffer body = response.bufferFactory().wrap(json.getBytes(StandardCharsets.UTF_8));
        return response.writeWith(Mono.just(body));
    }
}
