package com.salaryguide.wage.editing;

import static com.salaryguide.wage.JsonText.compact;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.ResultSet;

import com.salaryguide.testsupport.TestPostgres;
import com.salaryguide.testsupport.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Hand edits of occupations and national figures, on an occupation of their own, on real PostgreSQL. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
class OccupationEditApiTest {

    private static final String ACTUARIES = "/api/v1/occupations/15-2011";
    private static final String FIGURES = ACTUARIES + "/wages/2025";
    private static final String FULL_FIGURES = """
            {"employment":30000,"annualMean":140000,"hourlyMean":67.31,"sources":[7],
             "percentiles":[{"percentile":10,"annual":80000,"hourly":38.46},{"percentile":25,"annual":100000},
                            {"percentile":50,"annual":125000,"hourly":60.10},{"percentile":75,"annual":160000},
                            {"percentile":90,"annual":200000}]}""";

    @DynamicPropertySource
    static void configure(DynamicPropertyRegistry registry) {
        TestPostgres.register(registry);
        registry.add("salaryguide.jwt-secret", () -> TestTokens.SECRET);
    }

    @Autowired
    WebTestClient http;

    @AfterEach
    void removeWhatThisTestWrote() throws Exception {
        try (var connection = TestPostgres.connect(); var st = connection.createStatement()) {
            st.execute("DELETE FROM occupation WHERE soc_code = '15-2011'");
        }
    }

    private WebTestClient.ResponseSpec put(String path, String json, String token) {
        return http.put().uri(path).contentType(MediaType.APPLICATION_JSON)
                .headers(TestTokens.bearer(token)).bodyValue(json).exchange();
    }

    private WebTestClient.ResponseSpec delete(String path) {
        return http.delete().uri(path).header(HttpHeaders.AUTHORIZATION, "Bearer " + TestTokens.writer()).exchange();
    }

    private void createActuaries() {
        put(ACTUARIES, "{\"title\":\"Actuaries\"}", TestTokens.writer()).expectStatus().isCreated();
    }

    @Test
    void refusesEditsWithoutAValidWriteToken() {
        String body = "{\"title\":\"Actuaries\"}";
        put(ACTUARIES, body, null).expectStatus().isUnauthorized();
        put(ACTUARIES, body, TestTokens.expired()).expectStatus().isUnauthorized();
        put(ACTUARIES, body, TestTokens.signedWithAnotherKey()).expectStatus().isUnauthorized();
        put(ACTUARIES, body, TestTokens.withoutWriteScope()).expectStatus().isForbidden();
        http.get().uri(ACTUARIES).exchange().expectStatus().isNotFound();
    }

    @Test
    void createsRenamesAndDeletesAnOccupationWithVersions() {
        put(ACTUARIES, "{\"title\":\"Actuaries\"}", TestTokens.writer())
                .expectStatus().isCreated()
                .expectBody().json("{\"socCode\":\"15-2011\",\"title\":\"Actuaries\",\"version\":0}", true);
        put(ACTUARIES, "{\"title\":\"Actuaries again\"}", TestTokens.writer())
                .expectStatus().isEqualTo(409)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        put(ACTUARIES, "{\"title\":\"Actuaries (all)\",\"version\":0}", TestTokens.writer())
                .expectStatus().isOk()
                .expectBody().jsonPath("$.version").isEqualTo(1);
        put(ACTUARIES, "{\"title\":\"Stale rename\",\"version\":0}", TestTokens.writer())
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.detail").value(d -> assertThat((String) d).contains("version 1, not 0"));
        http.get().uri(ACTUARIES).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.title").isEqualTo("Actuaries (all)").jsonPath("$.version").isEqualTo(1);
        delete(ACTUARIES + "?version=0").expectStatus().isEqualTo(409);
        delete(ACTUARIES + "?version=1").expectStatus().isNoContent();
        http.get().uri(ACTUARIES).exchange().expectStatus().isNotFound();
    }

    @Test
    void servesAnOccupationWithoutFiguresWithANullYearAndRefusesToRankASalaryAgainstIt() {
        createActuaries();
        // every key is there, with null: nothing left out to mean "none"
        http.get().uri(ACTUARIES).exchange()
                .expectStatus().isOk()
                .expectBody(String.class).isEqualTo(compact("""
                        {"socCode":"15-2011","title":"Actuaries","dataYear":null,
                         "employment":null,"employmentStatus":"not-available",
                         "annualMeanWage":null,"annualMeanWageStatus":"not-available",
                         "hourlyMeanWage":null,"hourlyMeanWageStatus":"not-available",
                         "percentiles":[],"projectedGrowth":null,"sources":[],"version":0,"figuresVersion":null}"""));
        http.get().uri(ACTUARIES + "/percentile-rank?annual=150000").exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().json("""
                        {"type":"/problems/not-found","title":"Not Found","status":404,
                         "detail":"Occupation 15-2011 has no annual wage figures to rank against."}""");
        // figures with hourly amounts only: still nothing to rank an annual salary against
        put(FIGURES, "{\"percentiles\":[{\"percentile\":50,\"hourly\":60.10}]}", TestTokens.writer())
                .expectStatus().isCreated();
        http.get().uri(ACTUARIES + "/percentile-rank?annual=150000").exchange()
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.detail").isEqualTo("Occupation 15-2011 has no annual wage figures to rank against.");
    }

    @Test
    void answersCarelessOrHostileWritesWithAFieldNamingProblemNeverAServerError() {
        createActuaries();
        for (String missing : new String[] {"null", ""}) {
            http.put().uri(ACTUARIES).contentType(MediaType.APPLICATION_JSON).headers(TestTokens.bearer(TestTokens.writer()))
                    .bodyValue(missing).exchange()
                    .expectStatus().isBadRequest()
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody().json("""
                            {"type":"/problems/validation","status":400,"detail":"body: is required",
                             "errors":[{"field":"body","message":"is required"}]}""");
        }
        put(FIGURES, "null", TestTokens.writer())
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("body");
        // a fraction for whole dollars or a version is reported, not truncated
        put(FIGURES, "{\"percentiles\":[{\"percentile\":50,\"annual\":100000.5}]}", TestTokens.writer())
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("percentiles[0].annual");
        put(ACTUARIES, "{\"title\":\"Actuaries\",\"version\":0.5}", TestTokens.writer())
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("version");
        // 1E+2 is JSON for 100: stored as 100.00 (see EmbeddedDatabaseDefaultTest for the database that refused it)
        put(FIGURES, "{\"hourlyMean\":1E+2,\"percentiles\":[{\"percentile\":50,\"hourly\":5E+1}]}",
                TestTokens.writer())
                .expectStatus().isCreated()
                .expectBody()
                .jsonPath("$.hourlyMeanWage").isEqualTo(100.0)
                .jsonPath("$.percentiles[2].hourly").isEqualTo(50.0);
        put(ACTUARIES, "{\"title\":\"Actuaries \uD83D\uDE00 \u65E5\u672C\",\"version\":0}", TestTokens.writer())
                .expectStatus().isOk()
                .expectBody().jsonPath("$.title").isEqualTo("Actuaries \uD83D\uDE00 \u65E5\u672C");
    }

    @Test
    void writtenFiguresAreServedAndRankedAtOnceAndReplacedWholeWithTheVersionRead() {
        createActuaries();
        put(FIGURES, FULL_FIGURES, TestTokens.writer())
                .expectStatus().isCreated()
                .expectBody()
                .jsonPath("$.version").isEqualTo(0)
                .jsonPath("$.percentiles.length()").isEqualTo(5)
                .jsonPath("$.percentiles[0].hourly").isEqualTo(38.46);
        // cached reads see the edit at once: detail and percentile rank
        http.get().uri(ACTUARIES).exchange()
                .expectBody()
                .jsonPath("$.dataYear").isEqualTo(2025)
                .jsonPath("$.percentiles[2].annual").isEqualTo(125000)
                .jsonPath("$.sources[0]").isEqualTo(7)
                .jsonPath("$.figuresVersion").isEqualTo(0);
        http.get().uri(ACTUARIES + "/percentile-rank?annual=142500").exchange()
                .expectBody().jsonPath("$.percentileRank").isEqualTo(62.5);

        put(FIGURES, "{\"percentiles\":[{\"percentile\":50,\"annual\":130000}],\"version\":0}", TestTokens.writer())
                .expectStatus().isOk()
                .expectBody(String.class).isEqualTo(compact("""
                        {"socCode":"15-2011","dataYear":2025,"employment":null,"employmentStatus":"not-available",
                         "annualMeanWage":null,"annualMeanWageStatus":"not-available",
                         "hourlyMeanWage":null,"hourlyMeanWageStatus":"not-available",
                         "percentiles":[
                          {"percentile":10,"annual":null,"hourly":null,"annualStatus":"not-available","hourlyStatus":"not-available"},
                          {"percentile":25,"annual":null,"hourly":null,"annualStatus":"not-available","hourlyStatus":"not-available"},
                          {"percentile":50,"annual":130000,"hourly":null,"annualStatus":"reported","hourlyStatus":"not-available"},
                          {"percentile":75,"annual":null,"hourly":null,"annualStatus":"not-available","hourlyStatus":"not-available"},
                          {"percentile":90,"annual":null,"hourly":null,"annualStatus":"not-available","hourlyStatus":"not-available"}],
                         "sources":[],"version":1}"""));
        put(FIGURES, FULL_FIGURES.replace("}]}", "}],\"version\":0}"), TestTokens.writer())
                .expectStatus().isEqualTo(409);
        put(FIGURES, FULL_FIGURES, TestTokens.writer()).expectStatus().isEqualTo(409);
        http.get().uri(FIGURES).exchange()
                .expectBody().jsonPath("$.version").isEqualTo(1).jsonPath("$.percentiles[1].annual").isEmpty();
        // with only the 50th published, a salary off it cannot be placed
        http.get().uri(ACTUARIES + "/percentile-rank?annual=142500").exchange()
                .expectBody().jsonPath("$.percentileRank").isEmpty().jsonPath("$.position").isEqualTo("above");
        delete(FIGURES + "?version=1").expectStatus().isNoContent();
        http.get().uri(FIGURES).exchange().expectStatus().isNotFound();
    }

    @Test
    void rejectsBadFiguresNamingTheFieldsAndWritesNothing() throws Exception {
        createActuaries();
        put(FIGURES, """
                {"percentiles":[{"percentile":10,"annual":90000},{"percentile":50,"annual":80000},
                                {"percentile":50,"annual":95000},{"percentile":60,"annual":-5},
                                {"percentile":90,"hourly":12.345}]}""", TestTokens.writer())
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.errors[?(@.field == 'percentiles[2].percentile')]").exists()
                .jsonPath("$.errors[?(@.field == 'percentiles[3].percentile')]").exists()
                .jsonPath("$.errors[?(@.field == 'percentiles[3].annual')]").exists()
                .jsonPath("$.errors[?(@.field == 'percentiles[4].hourly')]").exists();
        put(FIGURES, """
                {"percentiles":[{"percentile":10,"annual":90000},{"percentile":50,"annual":80000}]}""",
                TestTokens.writer())
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("percentiles[1].annual");
        put(FIGURES, "{\"percentiles\":[{\"percentile\":50,\"annual\":80000}],\"bonus\":1}", TestTokens.writer())
                .expectStatus().isBadRequest();
        put(FIGURES, "{\"percentiles\":[]}", TestTokens.writer())
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("percentiles");
        put(ACTUARIES + "/wages/1800", FULL_FIGURES, TestTokens.writer())
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("dataYear");
        put("/api/v1/occupations/15-9999/wages/2025", FULL_FIGURES, TestTokens.writer()).expectStatus().isNotFound();
        try (var connection = TestPostgres.connect(); var st = connection.createStatement();
             ResultSet rows = st.executeQuery("SELECT COUNT(*) FROM national_wage WHERE soc_code IN ('15-2011', '15-9999')")) {
            rows.next();
            assertThat(rows.getInt(1)).as("nothing written").isZero();
        }
    }

    @Test
    void aReplacementThatFailsHalfWayLeavesTheStoredFiguresAsTheyWere() throws Exception {
        createActuaries();
        put(FIGURES, FULL_FIGURES, TestTokens.writer()).expectStatus().isCreated();
        // a constraint added for this test makes the database refuse the second percentile row, after the
        // distribution row has been updated and the old percentiles deleted within the same write
        try (var connection = TestPostgres.connect(); var st = connection.createStatement()) {
            st.execute("ALTER TABLE wage_percentile ADD CONSTRAINT test_no_hourly_25 CHECK (NOT (soc_code = '15-2011'"
                    + " AND percentile = 25 AND hourly IS NOT NULL))");
        }
        try {
            put(FIGURES, """
                    {"annualMean":150000,"version":0,
                     "percentiles":[{"percentile":10,"annual":81000},{"percentile":25,"annual":101000,"hourly":48.56}]}""",
                    TestTokens.writer())
                    .expectStatus().isEqualTo(409)
                    .expectBody().jsonPath("$.detail").value(d -> assertThat((String) d).doesNotContain("test_no_hourly_25"));
        } finally {
            try (var connection = TestPostgres.connect(); var st = connection.createStatement()) {
                st.execute("ALTER TABLE wage_percentile DROP CONSTRAINT test_no_hourly_25");
            }
        }
        http.get().uri(FIGURES).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.annualMeanWage").isEqualTo(140000)
                .jsonPath("$.version").isEqualTo(0)
                .jsonPath("$.percentiles.length()").isEqualTo(5);
    }
}
