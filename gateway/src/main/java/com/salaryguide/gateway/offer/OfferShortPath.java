package com.salaryguide.gateway.offer;

import java.util.Optional;
import java.util.regex.Pattern;

import com.salaryguide.gateway.downstream.DegradedAnswers;
import com.salaryguide.gateway.guide.GuideController;
import com.salaryguide.gateway.routing.RoutingProperties;
import com.salaryguide.gateway.web.ShortPathAnswers;
import io.netty.buffer.Unpooled;
import jakarta.validation.Validator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.HttpHandler;
import org.springframework.http.server.reactive.HttpHandlerDecoratorFactory;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.netty.http.server.HttpServerResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * An editorial guide's offer evaluations on the gateway's short path ({@link ShortPathAnswers}): an anonymous POST of
 * a small JSON offer to /api/v1/guides/{slug}/offer-evaluations is read, checked (the same strict JSON reading and
 * Bean Validation constraints as {@link OfferController}), evaluated by {@link GuideOfferService} and answered where
 * the HTTP server hands it over, with the controller's answer, at a fraction of the CPU. Whatever cannot be answered
 * that way (a body that does not read or validate, an unknown guide or area, a service that cannot say) is handed to
 * the controller with the body as received, and its problem is the answer; so are requests with a token, CORS
 * requests, and bodies of unknown length or over the gateway's own body limit.
 */
@Component
public class OfferShortPath implements HttpHandlerDecoratorFactory {

    private static final Logger log = LoggerFactory.getLogger(OfferShortPath.class);
    private static final Pattern PATH = Pattern.compile("/api/v1/guides/([^/]+)/offer-evaluations");
    private static final String ROUTE = "guide-offer";

    private final GuideOfferService offers;
    private final DegradedAnswers degraded;
    private final ShortPathAnswers answers;
    private final RoutingProperties routing;
    private final JsonMapper json;
    private final Validator validator;

    public OfferShortPath(GuideOfferService offers, DegradedAnswers degraded, ShortPathAnswers answers,
                          RoutingProperties routing, JsonMapper json, Validator validator) {
        this.offers = offers;
        this.degraded = degraded;
        this.answers = answers;
        this.routing = routing;
        this.json = json;
        this.validator = validator;
    }

    @Override
    public HttpHandler apply(HttpHandler next) {
        if (!routing.shortReads()) {
            return next;
        }
        return (request, response) -> {
            String slug = slug(request, routing.maxOwnBodySize().toBytes());
            HttpServerResponse out = slug == null || ShortPathAnswers.nativeRequest(request) == null ? null
                    : ShortPathAnswers.nativeResponse(response);
            if (out == null) {
                return next.handle(request, response);
            }
            return answers.answer(ROUTE, request, response, out,
                    answer -> DataBufferUtils.join(request.getBody()).map(OfferShortPath::bytes)
                            .defaultIfEmpty(new byte[0])
                            .flatMap(body -> evaluate(slug, body).map(Optional::of).defaultIfEmpty(Optional.empty())
                                    .flatMap(evaluation -> evaluation.isPresent()
                                            ? write(evaluation.get(), response, out)
                                            : answer.handOver(next, body))));
        };
    }

    /** The guide's slug when this is a POST the short path may take, else null. */
    static String slug(ServerHttpRequest request, long maxBody) {
        if (!request.getMethod().name().equals("POST") || request.getURI().getRawQuery() != null) {
            return null;
        }
        HttpHeaders headers = request.getHeaders();
        long length = headers.getContentLength();
        MediaType type = contentType(headers);
        if (length <= 0 || length > maxBody || type == null || !MediaType.APPLICATION_JSON.equalsTypeAndSubtype(type)
                || headers.containsHeader(HttpHeaders.AUTHORIZATION) || headers.containsHeader(HttpHeaders.ORIGIN)
                || headers.containsHeader(HttpHeaders.TRANSFER_ENCODING)
                || headers.containsHeader(HttpHeaders.UPGRADE)) {
            return null;
        }
        var matcher = PATH.matcher(request.getURI().getRawPath());
        return matcher.matches() && GuideController.isValidSlug(matcher.group(1)) ? matcher.group(1) : null;
    }

    private static MediaType contentType(HttpHeaders headers) {
        try {
            return headers.getContentType();
        } catch (RuntimeException invalid) {
            return null;
        }
    }

    /** The controller's answer, or empty when the controller must answer (with its problem). */
    private Mono<OfferController.GuideOfferResponse> evaluate(String slug, byte[] body) {
        GuideOfferRequest offer;
        try {
            offer = json.readValue(body, GuideOfferRequest.class);
        } catch (RuntimeException unreadable) {
            return Mono.empty();
        }
        if (offer == null || !validator.validate(offer).isEmpty()) {
            return Mono.empty();
        }
        return offers.evaluate(slug, offer)
                .doOnNext(result -> degraded.offer(result.unavailableSections()))
                .map(result -> new OfferController.GuideOfferResponse(result.evaluation(),
                        result.unavailableSections()))
                .onErrorResume(error -> {
                    log.debug("Offer for {} left to the controller: {}", slug, error.toString());
                    return Mono.empty();
                });
    }

    private Mono<Void> write(OfferController.GuideOfferResponse answer, ServerHttpResponse response,
                             HttpServerResponse out) {
        byte[] bytes = json.writeValueAsBytes(answer);
        response.getHeaders().setContentType(MediaType.APPLICATION_JSON);
        ShortPathAnswers.securityHeaders(response);
        return out.status(200).send(Mono.just(Unpooled.wrappedBuffer(bytes))).then();
    }

    private static byte[] bytes(DataBuffer buffer) {
        try {
            byte[] bytes = new byte[buffer.readableByteCount()];
            buffer.read(bytes);
            return bytes;
        } finally {
            DataBufferUtils.release(buffer);
        }
    }
}
