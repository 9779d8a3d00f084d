package com.salaryguide.gateway.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;

import com.salaryguide.gateway.support.ShortPathCounts;
import com.salaryguide.gateway.support.StubbedServices;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * A plain GET of a kept guide is answered on the gateway's short path, with what the controller answers; what the
 * short path does not answer (a guide to assemble, an unknown guide, CORS) the controller still does.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
class GuideShortPathTest {

    private static final String GUIDE = "/api/v1/guides/machine-learning-engineer";

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        StubbedServices.register(registry);
    }

    @Autowired
    WebTestClient http;

    @Autowired
    MeterRegistry meters;

    @Autowired
    GuideDocuments documents;

    @Test
    void aKeptGuideIsAnsweredOnTheShortPathWithTheGatewaysHeaders() {
        // the first request assembles and keeps the guide (full chain), the next is answered from what was kept
        documents.forget();
        http.get().uri(GUIDE).exchange().expectStatus().isOk();
        double before = answers("200");
        http.get().uri(GUIDE).exchange()
                .expectStatus().isOk()
                .expectHeader().contentType(MediaType.APPLICATION_JSON)
                .expectHeader().valueMatches("X-Trace-Id", "[0-9a-f]{32}")
                .expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
                .expectHeader().valueEquals("Cache-Control", "no-cache")
                .expectHeader().exists("ETag")
                .expectBody().jsonPath("$.slug").isEqualTo("machine-learning-engineer");
        assertThat(ShortPathCounts.once(meters, "guide", "200", before + 1)).isEqualTo(before + 1);
    }

    @Test
    void anUnknownGuideIsLeftToTheControllerWhichAnswersTheProblem() {
        // (nothing is kept for it)
        http.get().uri("/api/v1/guides/no-such-guide").exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void aCorsRequestForAGuideTakesTheFullChain() {
        http.get().uri(GUIDE).header("Origin", "https://app.example.com").exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("Access-Control-Allow-Origin", "https://app.example.com");
    }

    @Test
    void takesOnlyPlainGetsOfOneGuide() {
        assertThat(GuideShortPath.slug(get(GUIDE))).isEqualTo("machine-learning-engineer");
        assertThat(GuideShortPath.slug(get("/api/v1/guides"))).isNull();
        assertThat(GuideShortPath.slug(get(GUIDE + "?x=1"))).isNull();
        assertThat(GuideShortPath.slug(get("/api/v1/guides/occupations/15-1252"))).isNull();
        assertThat(GuideShortPath.slug(get("/api/v1/guides/Machine_Learning"))).isNull();
        assertThat(GuideShortPath.slug(get("/api/v1/guides/" + "a".repeat(101)))).isNull();
        assertThat(GuideShortPath.slug(MockServerHttpRequest.head(GUIDE).build())).isNull();
        assertThat(GuideShortPath.slug(MockServerHttpRequest.get(GUIDE).header("Origin", "https://x.example")
                .build())).isNull();
    }

    @Test
    void ifNoneMatchIsComparedWeaklyAsRfc9110Says() {
        assertThat(GuideShortPath.names(List.of("\"abc\""), "\"abc\"")).isTrue();
        assertThat(GuideShortPath.names(List.of("W/\"abc\""), "\"abc\"")).isTrue();
        assertThat(GuideShortPath.names(List.of("\"x\", \"abc\""), "\"abc\"")).isTrue();
        assertThat(GuideShortPath.names(List.of("*"), "\"abc\"")).isTrue();
        assertThat(GuideShortPath.names(List.of("\"abcd\""), "\"abc\"")).isFalse();
        assertThat(GuideShortPath.names(null, "\"abc\"")).isFalse();
    }

    private static MockServerHttpRequest get(String path) {
        return MockServerHttpRequest.method(HttpMethod.GET, URI.create("http://localhost" + path)).build();
    }

    private double answers(String status) {
        return ShortPathCounts.of(meters, "guide", status);
    }
}
