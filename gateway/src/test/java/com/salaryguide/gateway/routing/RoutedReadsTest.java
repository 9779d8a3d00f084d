package com.salaryguide.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ConcurrentLinkedQueue;

import com.salaryguide.gateway.downstream.Service;
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
import reactor.core.publisher.Mono;
import reactor.netty.Connection;
import reactor.netty.http.client.HttpClient;
import reactor.netty.http.server.HttpServer;

/**
 * Public reads of the services take the gateway's short path (RoutedReads): what a client gets is the service's
 * answer with the gateway's own headers, as on the full route; everything else still takes the full route.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
class RoutedReadsTest {

    @DynamicPropertySource
    static void configure(DynamicPropertyRegistry registry) {
        StubbedServices.register(registry);
    }

    @Autowired
    WebTestClient http;

    @Autowired
    RoutedReads routedReads;

    @Autowired
    MeterRegistry meters;

    @Test
    void passesAReadOnWithTheServicesAnswerAndTheGatewaysOwnHeaders() throws IOException {
        double before = reads("200");
        byte[] body = http.get().uri("/api/v1/occupations/15-2051")
                .header("Connection", "keep-alive, X-Hop-Secret")
                .header("X-Hop-Secret", "for the next hop only")
                .header("X-Client-Note", "passed on")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().contentType(MediaType.APPLICATION_JSON)
                .expectHeader().valueMatches("X-Trace-Id", "[0-9a-f]{32}")
                .expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
                .expectHeader().valueEquals("X-Frame-Options", "DENY")
                .expectHeader().valueEquals("Cache-Control", "no-cache, no-store, max-age=0, must-revalidate")
                .expectHeader().values("Vary", vary -> assertThat(vary).contains("Origin"))
                .expectBody().returnResult().getResponseBody();
        assertThat(new String(body, StandardCharsets.UTF_8)).isEqualTo(fixture("wage-15-2051.json"));
        var sent = StubbedServices.WAGE.lastHeaders();
        assertThat(sent).containsEntry("X-Client-Note", "passed on").doesNotContainKey("X-Hop-Secret");
        assertThat(sent.get("Host")).isEqualTo(StubbedServices.WAGE.url().substring("http://".length()));
        assertThat(readsOnceCounted("200", before + 1)).isEqualTo(before + 1);
    }

    @Test
    void passesTheClientsTraceContextOnAndAnswersWithItsTraceId() {
        String traceparent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
        http.get().uri("/api/v1/occupations/15-2051").header("traceparent", traceparent).exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("X-Trace-Id", "4bf92f3577b34da6a3ce929d0e0e4736");
        assertThat(StubbedServices.WAGE.lastHeaders()).containsEntry("traceparent", traceparent);

        String traceId = http.get().uri("/api/v1/occupations/15-2051").header("traceparent", "00-not-a-trace")
                .exchange().expectStatus().isOk()
                .returnResult(String.class).getResponseHeaders().getFirst("X-Trace-Id");
        assertThat(traceId).matches("[0-9a-f]{32}");
        assertThat(StubbedServices.WAGE.lastHeaders().get("traceparent"))
                .matches("00-" + traceId + "-[0-9a-f]{16}-00");
    }

    @Test
    void answersAHeadWithTheServicesStatusAndNoBody() {
        http.head().uri("/api/v1/occupations/15-2051").exchange()
                .expectStatus().isOk()
                .expectHeader().exists("X-Trace-Id")
                .expectBody().isEmpty();
        assertThat(StubbedServices.WAGE.received().get(0)).isEqualTo("HEAD /api/v1/occupations/15-2051");
    }

    @Test
    void passesTheServicesOwnProblemsOnUnchanged() {
        double before = reads("404");
        http.get().uri("/api/v1/occupations/99-9999?year=2024").exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueEquals("X-Content-Type-Options", "nosniff");
        assertThat(StubbedServices.WAGE.received().get(0)).isEqualTo("GET /api/v1/occupations/99-9999?year=2024");
        assertThat(readsOnceCounted("404", before + 1)).isEqualTo(before + 1);
    }

    @Test
    void leavesCorsRequestsToTheFullRoute() {
        // the short path never answers CORS headers: these come from the full route's CORS handling
        http.get().uri("/api/v1/occupations/15-2051").header("Origin", "https://app.example.com").exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("Access-Control-Allow-Origin", "https://app.example.com");
    }

    @Test
    void takesOnlyPlainPublicReadsOfTheServices() {
        assertThat(target(MockServerHttpRequest.get("/api/v1/occupations/15-2051"))).isEqualTo(Service.wage);
        assertThat(target(MockServerHttpRequest.get("/api/v1/occupations?q=data&page=0"))).isEqualTo(Service.wage);
        assertThat(target(MockServerHttpRequest.head("/api/v1/occupations"))).isEqualTo(Service.wage);
        assertThat(target(MockServerHttpRequest.get("/api/v1/geography/states?occupation=15-1252&limit=10")))
                .isEqualTo(Service.geography);
        assertThat(target(MockServerHttpRequest.get("/api/v1/advice/guides/machine-learning-engineer")))
                .isEqualTo(Service.advice);
        // the full route: writes, the gateway's own paths, bodies, CORS, and anything the firewall should judge
        assertThat(target(MockServerHttpRequest.post("/api/v1/advice/guides"))).isNull();
        assertThat(target(MockServerHttpRequest.get("/api/v1/occupationsX"))).isNull();
        assertThat(target(MockServerHttpRequest.get("/api/v1/guides/machine-learning-engineer"))).isNull();
        assertThat(target(raw("/api/v1/geography/areas/Austin-Round%20Rock"))).isNull();
        assertThat(target(raw("/api/v1/geography/%2e%2e/%2e%2e/actuator"))).isNull();
        assertThat(target(raw("/api/v1/geography/../../actuator/env"))).isNull();
        assertThat(target(raw("/api/v1/advice//guides"))).isNull();
        assertThat(target(raw("/api/v1/advice/guides;jsessionid=1"))).isNull();
        assertThat(target(raw("/api/v1/advice/guides/"))).isNull();
        assertThat(target(MockServerHttpRequest.get("/api/v1/advice/guides").header("Origin", "https://x.example")))
                .isNull();
        assertThat(target(MockServerHttpRequest.get("/api/v1/advice/guides").header("Upgrade", "websocket")))
                .isNull();
        assertThat(target(MockServerHttpRequest.get("/api/v1/advice/guides").header("Content-Length", "5")))
                .isNull();
    }

    @Test
    void sendsEachReadOnAConnectionOfTheEventLoopThatReceivedIt() throws Exception {
        // a server on the same (default) event loops as the gateway's: on each request, which loop the routed
        // read's client would run its connection on, against the loop serving the request
        var checks = new ConcurrentLinkedQueue<Boolean>();
        var server = HttpServer.create().host("127.0.0.1").port(0)
                .handle((request, response) -> {
                    var loop = ((Connection) request).channel().eventLoop();
                    var client = routedReads.clientOn(request);
                    checks.add(client == routedReads.clientOn(request)
                            && client.configuration().loopResources().onClient(true) == loop);
                    return response.sendString(Mono.just("ok"));
                })
                .bindNow();
        try {
            var client = HttpClient.newConnection();
            for (int i = 0; i < 8; i++) {
                assertThat(client.get().uri("http://127.0.0.1:" + server.port() + "/").responseContent()
                        .aggregate().asString().block(Duration.ofSeconds(5))).isEqualTo("ok");
            }
        } finally {
            server.disposeNow();
        }
        assertThat(checks).hasSize(8).containsOnly(true);
    }

    /** A GET of this path exactly as sent (no normalising of slashes or encodings on the way). */
    private static MockServerHttpRequest.BaseBuilder<?> raw(String path) {
        return MockServerHttpRequest.method(HttpMethod.GET, URI.create("http://localhost" + path));
    }

    private Service target(MockServerHttpRequest.BaseBuilder<?> request) {
        return routedReads.target(request.build());
    }

    private double reads(String status) {
        return ShortPathCounts.of(meters, "wage-service", status);
    }

    private double readsOnceCounted(String status, double expected) {
        return ShortPathCounts.once(meters, "wage-service", status, expected);
    }

    private static String fixture(String name) throws IOException {
        try (InputStream in = RoutedReadsTest.class.getResourceAsStream("/stubs/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
