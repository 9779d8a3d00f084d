package com.salaryguide.gateway.pages;

import java.nio.charset.StandardCharsets;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RequestPredicate;
import org.springframework.web.reactive.function.server.RequestPredicates;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

/**
 * The pages' paths and the HTML file each one serves. The same file serves every guide (or occupation): its script
 * reads the slug or SOC code from the address and asks the API. A path whose slug or SOC code cannot exist is not
 * a page (404, as for any unknown path).
 */
@Configuration(proxyBeanMethods = false)
class PageRoutes {

    private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);
    private static final Resource HOME = new ClassPathResource("static/pages/index.html");
    private static final Resource GUIDE = new ClassPathResource("static/pages/guide.html");
    private static final Resource OCCUPATION = new ClassPathResource("static/pages/occupation.html");

    @Bean
    RouterFunction<ServerResponse> pageRouter() {
        return RouterFunctions.route()
                .route(read("/"), request -> page(HOME))
                .route(read("/guides/occupations/{soc:\\d{2}-\\d{4}}"), request -> page(OCCUPATION))
                .route(read("/guides/{slug:[a-z0-9][a-z0-9-]{0,99}}"), request -> page(GUIDE))
                .build();
    }

    /** GET, and HEAD as for any static file (the server leaves the body out). */
    private static RequestPredicate read(String pattern) {
        return RequestPredicates.GET(pattern).or(RequestPredicates.HEAD(pattern));
    }

    /** No-cache: a page is revalidated, so a new release's HTML never meets an old script. */
    private static Mono<ServerResponse> page(Resource html) {
        return ServerResponse.ok().contentType(HTML)
                .cacheControl(CacheControl.noCache()).bodyValue(html);
    }
}
