package com.salaryguide.wage.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

import com.salaryguide.testsupport.TestPostgres;
import com.salaryguide.testsupport.TestTokens;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * A national import that would remove figures a published guide cites, against a stand-in advice-service over real
 * HTTP and real PostgreSQL. The stand-in is the second address configured: the first refuses connections, so every
 * answer also shows the addresses are tried in order.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
class CitedFiguresImportApiTest {

    private static final AdviceStub ADVICE = new AdviceStub();

    @DynamicPropertySource
    static void configure(DynamicPropertyRegistry registry) {
        TestPostgres.register(registry);
        registry.add("salaryguide.jwt-secret", () -> TestTokens.SECRET);
        registry.add("salaryguide.advice.url", () -> "http://127.0.0.1:" + closedPort() + "," + ADVICE.url());
        registry.add("salaryguide.advice.timeout", () -> "500ms");
    }

    @Autowired
    WebTestClient http;

    /** The year 2023 as the whole sample file has it: all six occupations, the guide's two among them. */
    @BeforeEach
    void importTheWholeSample() throws Exception {
        upload("", sample()).expectStatus().isOk();
        ADVICE.reset();
    }

    @AfterEach
    void restoreTheSeed() throws Exception {
        ADVICE.start();
        try (var connection = TestPostgres.connect(); var st = connection.createStatement()) {
            st.execute("DELETE FROM national_wage WHERE data_year <> 2024");
            st.execute("DELETE FROM occupation WHERE soc_code NOT IN ('15-2051', '15-1252')");
        }
    }

    @Test
    void refusesAnImportThatWouldRemoveCitedFiguresNamingGuidesAndCodesAndChangesNothing() throws Exception {
        ADVICE.answer("""
                [{"socCode":"15-2051","role":"baseline","guide":{"slug":"machine-learning-engineer",
                  "title":"Machine Learning Engineer Salary Guide","year":2026}},
                 {"socCode":"15-1252","role":"alternative","guide":{"slug":"machine-learning-engineer",
                  "title":"Machine Learning Engineer Salary Guide","year":2026}},
                 {"socCode":"15-2051","role":"baseline","guide":{"slug":"data-scientist","title":"Data Scientist",
                  "year":2026,"publishedAt":"2026-01-05"}}]""");
        upload("", withoutTheGuidesOccupations(sample()).replace("\"206,680\"", "\"210,000\""))
                .expectStatus().isEqualTo(409)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().json("""
                        {"type":"/problems/conflict","title":"Conflict","status":409,"instance":"/api/v1/occupations/imports",
                         "detail":"This import would remove the 2023 figures of 15-1252, 15-2051, which published guides cite (data-scientist, machine-learning-engineer); nothing was imported. Add the occupations to the file, or send replaceCitedOccupations=true to replace them anyway.",
                         "citedOccupations":[{"socCode":"15-1252","guides":["machine-learning-engineer"]},
                                             {"socCode":"15-2051","guides":["machine-learning-engineer","data-scientist"]}]}""",
                        true);
        assertThat(ADVICE.queries()).containsExactly("socCode=15-1252,15-2051");
        // nothing changed: the cited figures are there, and the file's other change was not written either
        http.get().uri("/api/v1/occupations/15-2051/wages/2023").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.percentiles[2].annual").isEqualTo(109730).jsonPath("$.version").isEqualTo(0);
        http.get().uri("/api/v1/occupations/15-1252/wages/2023").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.percentiles[2].annual").isEqualTo(132270);
        http.get().uri("/api/v1/occupations/11-1011/wages/2023").exchange()
                .expectBody().jsonPath("$.percentiles[2].annual").isEqualTo(206680);
    }

    @Test
    void replacesCitedFiguresWithoutAskingWhenTheRequestSaysSo() throws Exception {
        upload("&replaceCitedOccupations=true", withoutTheGuidesOccupations(sample()))
                .expectStatus().isOk()
                .expectBody().jsonPath("$.occupations").isEqualTo(4);
        assertThat(ADVICE.queries()).isEmpty();
        http.get().uri("/api/v1/occupations/15-2051/wages/2023").exchange().expectStatus().isNotFound();
        http.get().uri("/api/v1/occupations/15-1252/wages/2023").exchange().expectStatus().isNotFound();
        // the seed's own year is another year: untouched
        http.get().uri("/api/v1/occupations/15-2051").exchange()
                .expectBody().jsonPath("$.dataYear").isEqualTo(2024).jsonPath("$.percentiles[2].annual").isEqualTo(112590);
    }

    @Test
    void importsWithoutAskingWhenNothingWouldBeRemovedAndAfterAskingWhenNothingRemovedIsCited() throws Exception {
        String changed = new String(sample(), StandardCharsets.UTF_8).replace("\"109,730\"", "\"110,000\"");
        upload("", changed).expectStatus().isOk();
        assertThat(ADVICE.queries()).isEmpty();
        http.get().uri("/api/v1/occupations/15-2051/wages/2023").exchange()
                .expectBody().jsonPath("$.percentiles[2].annual").isEqualTo(110000);

        ADVICE.answer("[]");
        upload("", lines(sample()).filter(line -> !line.contains(",27-2011,")).collect(Collectors.joining("\n")))
                .expectStatus().isOk();
        assertThat(ADVICE.queries()).containsExactly("socCode=27-2011");
        http.get().uri("/api/v1/occupations/27-2011/wages/2023").exchange().expectStatus().isNotFound();
    }

    @Test
    void refusesWith503AndChangesNothingWhenAdviceServiceCannotAnswer() throws Exception {
        String removing = withoutTheGuidesOccupations(sample());
        ADVICE.stop();
        expectUnavailable(upload("", removing));
        ADVICE.start();
        ADVICE.failWith(500);
        expectUnavailable(upload("", removing));
        ADVICE.failWith(0);
        ADVICE.delay(Duration.ofSeconds(2));
        expectUnavailable(upload("", removing));
        http.get().uri("/api/v1/occupations/15-2051/wages/2023").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.percentiles[2].annual").isEqualTo(109730).jsonPath("$.version").isEqualTo(0);
        http.get().uri("/api/v1/occupations/15-1252/wages/2023").exchange().expectStatus().isOk();
    }

    private static void expectUnavailable(WebTestClient.ResponseSpec response) {
        response.expectStatus().isEqualTo(503)
                .expectHeader().valueEquals("Retry-After", "30")
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().json("""
                        {"type":"/problems/unavailable","title":"Service Unavailable","status":503,
                         "instance":"/api/v1/occupations/imports",
                         "detail":"advice-service could not tell whether a guide cites the occupations this import would remove from 2023 (15-1252, 15-2051); nothing was imported. Try again later, or send replaceCitedOccupations=true to import without this check."}""",
                        true);
    }

    private WebTestClient.ResponseSpec upload(String query, String csv) {
        return upload(query, csv.getBytes(StandardCharsets.UTF_8));
    }

    private WebTestClient.ResponseSpec upload(String query, byte[] csv) {
        return http.mutate().responseTimeout(Duration.ofSeconds(60)).build().post()
                .uri("/api/v1/occupations/imports?year=2023" + query).contentType(MediaType.parseMediaType("text/csv"))
                .headers(TestTokens.bearer(TestTokens.writer())).bodyValue(csv).exchange();
    }

    private static byte[] sample() throws IOException {
        try (InputStream in = CitedFiguresImportApiTest.class.getResourceAsStream("/oews/national_M2023_sample.csv")) {
            return in.readAllBytes();
        }
    }

    private static java.util.stream.Stream<String> lines(byte[] csv) {
        return new String(csv, StandardCharsets.UTF_8).lines();
    }

    private static String withoutTheGuidesOccupations(byte[] csv) {
        return lines(csv).filter(line -> !line.contains(",15-2051,") && !line.contains(",15-1252,"))
                .collect(Collectors.joining("\n"));
    }

    /** A port nothing listens on: bound, then released. */
    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /**
     * advice-service's citations endpoint as a JDK HTTP server on a fixed local port: answers the JSON it is given,
     * or fails with a status, or answers late; can be stopped and started again on the same port.
     */
    static final class AdviceStub {

        private final List<String> queries = new CopyOnWriteArrayList<>();
        private volatile String answer = "[]";
        private volatile int failure;
        private volatile Duration delay = Duration.ZERO;
        private volatile int port;
        private HttpServer server;

        AdviceStub() {
            start();
        }

        synchronized void start() {
            if (server != null) {
                return;
            }
            try {
                server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
            server.createContext("/api/v1/advice/citations", exchange -> {
                queries.add(exchange.getRequestURI().getQuery());
                try {
                    Thread.sleep(delay.toMillis());
                } catch (InterruptedException ex) {
                    Thread.currentThread().interrupt();
                }
                byte[] body = (failure > 0 ? "{\"status\":" + failure + "}" : answer).getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(failure > 0 ? failure : 200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            // a late answer must not hold up the next request
            server.setExecutor(Executors.newCachedThreadPool());
            server.start();
            port = server.getAddress().getPort();
        }

        synchronized void stop() {
            server.stop(0);
            server = null;
        }

        void reset() {
            queries.clear();
            answer = "[]";
            failure = 0;
            delay = Duration.ZERO;
        }

        void answer(String json) {
            answer = json;
        }

        void failWith(int status) {
            failure = status;
        }

        void delay(Duration delay) {
            this.delay = delay;
        }

        List<String> queries() {
            return queries;
        }

        String url() {
            return "http://127.0.0.1:" + port;
        }
    }
}
