package com.salaryguide.gateway.web;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import com.salaryguide.gateway.ratelimit.RateLimitFilter;
import com.salaryguide.security.SecurityHeadersFilter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.HttpHandler;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.http.server.reactive.ServerHttpResponseDecorator;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;

/**
 * What an answer given below the web filter chain carries, as the chain's filters would have added it. The gateway's
 * short paths (the services' public reads, kept guides) answer where the HTTP server hands a request over, because
 * the chain (observation and tracing, security, CORS, routing) costs several times the work of such an answer; each
 * of them takes only plain reads (GET or HEAD, no body, no CORS, no upgrade) and leaves every other request to the
 * chain. Here: the client's rate limit, the X-Trace-Id header (the client's W3C trace context when it sent a valid
 * one, else a new trace id), Vary as the CORS handling sets it, the security headers, one access-log line, and a
 * timer per route and status ({@value #METRIC}; such answers are not in http.server.requests).
 */
@Component
public class ShortPathAnswers {

    public static final String METRIC = "salaryguide.short.path.answers";
    public static final String TRACEPARENT = "traceparent";

    private final RateLimitFilter rateLimit;
    private final MeterRegistry meters;
    private final Map<String, Timer> timers = new ConcurrentHashMap<>();

    public ShortPathAnswers(RateLimitFilter rateLimit, MeterRegistry meters) {
        this.rateLimit = rateLimit;
        this.meters = meters;
    }

    /** A GET or HEAD without a body, CORS or an upgrade: a request a short path may take (it judges the path). */
    public static boolean plainRead(ServerHttpRequest request) {
        String method = request.getMethod().name();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            return false;
        }
        HttpHeaders headers = request.getHeaders();
        return !headers.containsHeader(HttpHeaders.ORIGIN) && !headers.containsHeader(HttpHeaders.UPGRADE)
                && !headers.containsHeader(HttpHeaders.TRANSFER_ENCODING) && headers.getContentLength() <= 0;
    }

    /** Reactor Netty's request under Spring's, or null (then a short path leaves the request to the chain). */
    public static HttpServerRequest nativeRequest(ServerHttpRequest request) {
        return ServerHttpRequestDecorator.getNativeRequest(request) instanceof HttpServerRequest in ? in : null;
    }

    /** Reactor Netty's response under Spring's (a HEAD's comes wrapped in a decorator), or null. */
    public static HttpServerResponse nativeResponse(ServerHttpResponse response) {
        return ServerHttpResponseDecorator.getNativeResponse(response) instanceof HttpServerResponse out ? out : null;
    }

    /**
     * Runs {@code work} (which writes the answer) within the client's rate limit, with the common headers set and
     * the answer logged and timed under {@code route}. {@code traceparent} is from {@link #traceparent(String)}.
     * {@code work} may instead hand the request to the full chain ({@link Answer#handOver}), which then sets, logs
     * and times its answer itself.
     */
    public Mono<Void> answer(String route, ServerHttpRequest request, ServerHttpResponse response,
                             HttpServerResponse out, String traceparent, Function<Answer, Mono<Void>> work) {
        long started = System.nanoTime();
        String traceId = traceparent.substring(3, 35);
        HttpHeaders headers = response.getHeaders();
        headers.set(TraceIdAndAccessLogFilter.HEADER, traceId);
        // as on every other answer: a cache must not serve this answer to a CORS request, which gets other headers
        headers.add(HttpHeaders.VARY, HttpHeaders.ORIGIN);
        headers.add(HttpHeaders.VARY, HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD);
        headers.add(HttpHeaders.VARY, HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS);
        // answers written through Spring's response (a 429, a problem) get them as they commit; an answer written
        // straight to Reactor Netty's response calls securityHeaders itself
        response.beforeCommit(() -> {
            SecurityHeadersFilter.addTo(headers);
            return Mono.empty();
        });
        Answer answer = new Answer(request, response);
        return rateLimit.admit(request, response, () -> work.apply(answer)).doFinally(signal -> {
            if (answer.handedOver) {
                return;
            }
            int status = out.status().code();
            timer(route, status).record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
            TraceIdAndAccessLogFilter.log(request.getMethod().name(), request.getURI().getRawPath(), status,
                    started, traceId);
        });
    }

    /** {@link #answer(String, ServerHttpRequest, ServerHttpResponse, HttpServerResponse, String, Function)} with the
     * trace context the client sent, if any. */
    public Mono<Void> answer(String route, ServerHttpRequest request, ServerHttpResponse response,
                             HttpServerResponse out, Function<Answer, Mono<Void>> work) {
        return answer(route, request, response, out, traceparent(request.getHeaders().getFirst(TRACEPARENT)), work);
    }

    /** One request on a short path. */
    public static final class Answer {
        private final ServerHttpRequest request;
        private final ServerHttpResponse response;
        private volatile boolean handedOver;

        private Answer(ServerHttpRequest request, ServerHttpResponse response) {
            this.request = request;
            this.response = response;
        }

        /**
         * Hands the request, with the body the short path read, to the full chain after all: it answers (and logs)
         * it as if the short path had never seen it, except that the rate limit is not counted again.
         */
        public Mono<Void> handOver(HttpHandler next, byte[] body) {
            handedOver = true;
            response.getHeaders().remove(TraceIdAndAccessLogFilter.HEADER);
            response.getHeaders().remove(HttpHeaders.VARY);
            return next.handle(new Admitted(request, body), response);
        }
    }

    /** Whether a short path already counted this request against the client's rate limit, then handed it over. */
    public static boolean isAdmitted(ServerHttpRequest request) {
        return request instanceof Admitted;
    }

    private static final class Admitted extends ServerHttpRequestDecorator {
        private final byte[] body;

        Admitted(ServerHttpRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public Flux<DataBuffer> getBody() {
            return Flux.defer(() -> Flux.just(DefaultDataBufferFactory.sharedInstance.wrap(body)));
        }
    }

    /** The security headers, on an answer written straight to Reactor Netty's response. */
    public static void securityHeaders(ServerHttpResponse response) {
        SecurityHeadersFilter.addTo(response.getHeaders());
    }

    /** The client's W3C trace context when it sent a valid one, else a new unsampled trace. */
    public static String traceparent(String sent) {
        if (sent != null && sent.length() == 55 && sent.startsWith("00-") && sent.charAt(35) == '-'
                && sent.charAt(52) == '-' && hex(sent, 3, 35) && hex(sent, 36, 52) && hex(sent, 53, 55)
                && !sent.startsWith("00000000000000000000000000000000", 3)
                && !sent.startsWith("0000000000000000", 36)) {
            return sent;
        }
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "00-" + hex16(random.nextLong()) + hex16(random.nextLong()) + "-" + hex16(random.nextLong()) + "-00";
    }

    private static boolean hex(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
                return false;
            }
        }
        return true;
    }

    private static String hex16(long value) {
        String hex = Long.toHexString(value == 0 ? 1 : value);
        return "0".repeat(16 - hex.length()) + hex;
    }

    private Timer timer(String route, int status) {
        return timers.computeIfAbsent(route + ' ' + status, key -> Timer.builder(METRIC)
                .description("Answers given on the gateway's short paths, by route and status")
                .tag("route", route).tag("status", Integer.toString(status))
                .register(meters));
    }
}
