package com.salaryguide.wage.occupation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.salaryguide.testsupport.TestPostgres;
import com.salaryguide.testsupport.TestTokens;
import com.salaryguide.wage.WageServiceApplication;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.Disposable;

/**
 * Two instances of wage-service on one PostgreSQL database, as behind the gateway: a write taken by instance A is
 * served by instance B within a second although B had the old figures cached for 30 s, and B's change stream tells
 * its clients about A's write.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
class OtherInstanceWritesTest {

    private static final String OCCUPATION = "/api/v1/occupations/15-2031";
    private static final String FIGURES = OCCUPATION + "/wages/2025";
    private static final Duration PROPAGATION = Duration.ofSeconds(1);

    private static ConfigurableApplicationContext instanceB;
    private static WebTestClient b;

    @DynamicPropertySource
    static void configure(DynamicPropertyRegistry registry) {
        TestPostgres.register(registry);
        registry.add("salaryguide.jwt-secret", () -> TestTokens.SECRET);
        registry.add("salaryguide.cache.ttl", () -> "30s");
    }

    @Autowired
    WebTestClient a;

    @BeforeAll
    static void startInstanceB() {
        TestPostgres.Database db = TestPostgres.database();
        instanceB = new SpringApplicationBuilder(WageServiceApplication.class).run("--server.port=0",
                "--spring.r2dbc.url=" + db.r2dbcUrl(), "--spring.r2dbc.username=" + db.user(),
                "--spring.r2dbc.password=" + db.password(), "--spring.flyway.url=" + db.jdbcUrl(),
                "--spring.flyway.user=" + db.user(), "--spring.flyway.password=" + db.password(),
                "--salaryguide.cache.ttl=30s", "--salaryguide.warm-up.enabled=false",
                "--salaryguide.server.shutdown-drain=0s");
        String port = instanceB.getEnvironment().getProperty("local.server.port");
        b = WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port).build();
    }

    @AfterAll
    static void stopInstanceB() {
        instanceB.close();
    }

    @AfterEach
    void removeWhatThisTestWrote() throws Exception {
        try (var connection = TestPostgres.connect(); var st = connection.createStatement()) {
            st.execute("DELETE FROM occupation WHERE soc_code = '15-2031'");
        }
    }

    private WebTestClient.ResponseSpec put(String path, String json) {
        return a.put().uri(path).contentType(MediaType.APPLICATION_JSON)
                .headers(TestTokens.bearer(TestTokens.writer())).bodyValue(json).exchange();
    }

    private static String figures(int median, Long version) {
        return """
                {"employment":12000,"annualMean":%d,"percentiles":[{"percentile":50,"annual":%d}]%s}"""
                .formatted(median, median, version == null ? "" : ",\"version\":" + version);
    }

    @Test
    void instanceBServesFiguresEditedThroughInstanceAWithinASecondThoughItHadTheOldOnesCached() {
        put(OCCUPATION, "{\"title\":\"Operations Research Analysts\"}").expectStatus().isCreated();
        put(FIGURES, figures(90000, null)).expectStatus().isCreated();
        for (int i = 0; i < 2; i++) {
            b.get().uri(OCCUPATION).exchange().expectStatus().isOk()
                    .expectBody().jsonPath("$.annualMeanWage").isEqualTo(90000);
            b.get().uri(OCCUPATION + "/percentile-rank?annual=90000").exchange().expectStatus().isOk()
                    .expectBody().jsonPath("$.percentileRank").isEqualTo(50.0);
        }

        put(FIGURES, figures(95000, 0L)).expectStatus().isOk();

        Awaitility.await().atMost(PROPAGATION).pollInterval(Duration.ofMillis(50)).untilAsserted(() ->
                b.get().uri(OCCUPATION).exchange().expectStatus().isOk()
                        .expectBody().jsonPath("$.annualMeanWage").isEqualTo(95000)
                        .jsonPath("$.percentiles[2].annual").isEqualTo(95000));
        b.get().uri(OCCUPATION + "/wages").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.years[0].annualMeanWage").isEqualTo(95000);
    }

    @Test
    void instanceBServesARenameAndADeleteThroughInstanceAWithinASecond() {
        put(OCCUPATION, "{\"title\":\"Operations Research Analysts\"}").expectStatus().isCreated();
        b.get().uri(OCCUPATION).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.title").isEqualTo("Operations Research Analysts");

        put(OCCUPATION, "{\"title\":\"Operations Research Analysts (all)\",\"version\":0}").expectStatus().isOk();
        Awaitility.await().atMost(PROPAGATION).pollInterval(Duration.ofMillis(50)).untilAsserted(() ->
                b.get().uri(OCCUPATION).exchange().expectStatus().isOk()
                        .expectBody().jsonPath("$.title").isEqualTo("Operations Research Analysts (all)"));

        a.delete().uri(OCCUPATION + "?version=1").headers(TestTokens.bearer(TestTokens.writer())).exchange()
                .expectStatus().isNoContent();
        Awaitility.await().atMost(PROPAGATION).pollInterval(Duration.ofMillis(50)).untilAsserted(() ->
                b.get().uri(OCCUPATION).exchange().expectStatus().isNotFound());
    }

    @Test
    void instanceBsChangeStreamCarriesTheWritesOfInstanceA() {
        List<ServerSentEvent<Map<String, Object>>> events = new CopyOnWriteArrayList<>();
        String port = instanceB.getEnvironment().getProperty("local.server.port");
        Disposable stream = WebClient.create("http://127.0.0.1:" + port).get().uri("/internal/changes")
                .accept(MediaType.TEXT_EVENT_STREAM).retrieve()
                .bodyToFlux(new ParameterizedTypeReference<ServerSentEvent<Map<String, Object>>>() { })
                .subscribe(events::add);
        Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> !events.isEmpty());
        assertThat(events.get(0).comment()).isEqualTo("changes of wage-service");

        put(OCCUPATION, "{\"title\":\"Operations Research Analysts\"}").expectStatus().isCreated();

        Awaitility.await().atMost(PROPAGATION).untilAsserted(() -> assertThat(events)
                .anySatisfy(event -> {
                    assertThat(event.event()).isEqualTo("change");
                    assertThat(event.data()).containsExactly(Map.entry("service", "wage-service"),
                            Map.entry("kind", "occupation"), Map.entry("key", "15-2031"));
                }));
        stream.dispose();
    }
}
