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
        return write(response, status, "about:blank", title, detail, null);
    }

    /**
     * A problem of the given type; type, title and detail are the caller's own constant texts, {@code instance}
     * (the request path, may be null) is escaped.
     */
    public static Mono<Void> write(ServerHttpResponse response, HttpStatus status, String type, String title,
                                   String detail, String instance) {
        if (response.isCommitted()) {
            return Mono.empty();
        }
        response.setStatusCode(status);
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        String json = "{\"type\":\"" + type + "\",\"title\":\"" + title + "\",\"status\":" + status.value()
                + ",\"detail\":\"" + detail + "\""
                + (instance == null ? "" : ",\"instance\":\"" + jsonEscaped(instance) + "\"") + "}";
        DataBuffer body = response.bufferFactory().wrap(json.getBytes(StandardCharsets.UTF_8));
        return response.writeWith(Mono.just(body));
    }

    private static String jsonEscaped(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
