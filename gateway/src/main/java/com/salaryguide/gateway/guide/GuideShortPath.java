package com.salaryguide.gateway.guide;

import java.util.List;

import com.salaryguide.gateway.routing.RoutingProperties;
import com.salaryguide.gateway.web.ShortPathAnswers;
import io.netty.buffer.Unpooled;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.HttpHandler;
import org.springframework.http.server.reactive.HttpHandlerDecoratorFactory;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.netty.http.server.HttpServerResponse;

/**
 * Kept guides on the gateway's short path ({@link ShortPathAnswers}): a plain GET of /api/v1/guides/{slug} whose
 * complete guide {@link GuideDocuments} keeps (one assembled within the last second) is answered where the HTTP server
 * hands it over, with what {@link GuideController} answers for it (the same bytes, its strong ETag, Cache-Control:
 * no-cache, and 304 when If-None-Match names that ETag), at a fraction of the CPU. Everything else goes to the
 * controller: a guide to assemble (so the services' calls share the request's trace), a degraded one, an unknown
 * slug, a query, HEAD and CORS requests.
 */
@Component
public class GuideShortPath implements HttpHandlerDecoratorFactory {

    private static final String PREFIX = "/api/v1/guides/";
    private static final String ROUTE = "guide";

    private final GuideDocuments documents;
    private final ShortPathAnswers answers;
    private final RoutingProperties routing;

    public GuideShortPath(GuideDocuments documents, ShortPathAnswers answers, RoutingProperties routing) {
        this.documents = documents;
        this.answers = answers;
        this.routing = routing;
    }

    @Override
    public HttpHandler apply(HttpHandler next) {
        if (!routing.shortReads()) {
            return next;
        }
        return (request, response) -> {
            String slug = slug(request);
            GuideDocuments.Document kept = slug == null ? null : documents.kept(slug);
            HttpServerResponse out = kept == null || ShortPathAnswers.nativeRequest(request) == null ? null
                    : ShortPathAnswers.nativeResponse(response);
            if (out == null) {
                return next.handle(request, response);
            }
            return answers.answer(ROUTE, request, response, out,
                    answer -> write(kept, request, response, out));
        };
    }

    /** The guide's slug when this is a plain GET of one guide, else null. */
    static String slug(ServerHttpRequest request) {
        if (!request.getMethod().name().equals("GET") || !ShortPathAnswers.plainRead(request)
                || request.getURI().getRawQuery() != null) {
            return null;
        }
        String path = request.getURI().getRawPath();
        if (!path.startsWith(PREFIX)) {
            return null;
        }
        String slug = path.substring(PREFIX.length());
        return GuideController.isValidSlug(slug) ? slug : null;
    }

    private static Mono<Void> write(GuideDocuments.Document document, ServerHttpRequest request,
                                    ServerHttpResponse response, HttpServerResponse out) {
        HttpHeaders headers = response.getHeaders();
        headers.setETag(document.etag());
        headers.setCacheControl(CacheControl.noCache());
        ShortPathAnswers.securityHeaders(response);
        if (names(request.getHeaders().get(HttpHeaders.IF_NONE_MATCH), document.etag())) {
            return out.status(304).send().then();
        }
        headers.setContentType(MediaType.APPLICATION_JSON);
        return out.status(200).send(Mono.just(Unpooled.wrappedBuffer(document.json()))).then();
    }

    /** If-None-Match's weak comparison (RFC 9110 13.1.2): "*", or any listed tag equal to etag, W/ or not. */
    static boolean names(List<String> ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String value : ifNoneMatch) {
            for (String tag : value.split(",")) {
                String trimmed = tag.trim();
                if (trimmed.equals("*") || (trimmed.startsWith("W/") ? trimmed.substring(2) : trimmed).equals(etag)) {
                    return true;
                }
            }
        }
        return false;
    }
}
