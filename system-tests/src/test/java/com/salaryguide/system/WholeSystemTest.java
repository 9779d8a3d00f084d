package com.salaryguide.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import com.salaryguide.client.ApiClient;
import com.salaryguide.client.ApiException;
import com.salaryguide.client.api.GuidesApi;
import com.salaryguide.client.api.OfferEvaluationsApi;
import com.salaryguide.client.model.Guide;
import com.salaryguide.client.model.GuideOfferEvaluationResponse;
import com.salaryguide.client.model.GuideOfferRequest;
import com.salaryguide.client.model.OfferEvaluation;
import com.salaryguide.client.model.OfferEvaluationRequest;
import com.salaryguide.testsupport.ApiVocabulary;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;
import com.salaryguide.testsupport.TestTokens;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.skyscreamer.jsonassert.JSONAssert;
import org.skyscreamer.jsonassert.JSONCompareMode;

/**
 * The whole system as a user meets it: four processes on real PostgreSQL, the gateway the only entry. Runs in
 * ./mvnw verify after the jars are built (skipped when they are not). The last test kills advice-service, and
 * starts it again for the other classes sharing the system.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(SharedSystem.class)
class WholeSystemTest {

    private static RunningSystem system;

    @BeforeAll
    static void share(RunningSystem running) {
        system = running;
    }

    @Test
    @Order(1)
    void servesEverySeedFigureOfTheGuideThroughTheGateway() throws Exception {
        HttpResponse<String> response = system.get("gateway", "/api/v1/guides/machine-learning-engineer");
        assertThat(response.statusCode()).isEqualTo(200);
        String expected = Files.readString(Path.of(WholeSystemTest.class.getResource("/expected-guide.json").toURI()));
        JSONAssert.assertEquals(expected, response.body(), JSONCompareMode.LENIENT);
        assertThat(response.headers().firstValue("X-Trace-Id")).isPresent();
    }

    @Test
    @Order(1)
    void everyAnswerOfTheGuideFollowsTheWrittenVocabulary() throws Exception {
        // docs/api-style.md: keys always present per type, ranges whole, one display key, whole annual dollars,
        // hourly amounts with two decimals, statuses from the list, citations that resolve and are stated once
        for (String path : List.of("/api/v1/guides/machine-learning-engineer",
                "/api/v1/guides/occupations/15-2051?area=CA")) {
            HttpResponse<String> answer = system.get("gateway", path);
            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(ApiVocabulary.problems(ApiVocabulary.read(answer.body()))).as(path).isEmpty();
        }
        for (String offer : List.of("{\"annualBase\":150000,\"state\":\"CA\",\"yearsOfExperience\":4}",
                "{\"annualBase\":400000,\"state\":\"OR\",\"yearsOfExperience\":1}")) {
            HttpResponse<String> answer = system.post("gateway",
                    "/api/v1/guides/machine-learning-engineer/offer-evaluations", offer);
            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(ApiVocabulary.problems(ApiVocabulary.read(answer.body()))).as(offer).isEmpty();
        }
        HttpResponse<String> compare = system.get("gateway",
                "/api/v1/wages/compare?occupations=15-2051,15-1252&areas=US,CA");
        assertThat(ApiVocabulary.problems(ApiVocabulary.read(compare.body()))).isEmpty();
    }

    @Test
    @Order(1)
    void readsTheGuideAndEvaluatesOffersThroughAClientGeneratedFromThePublishedDocument() throws Exception {
        ApiClient client = new ApiClient();
        client.updateBaseUri(system.url("gateway"));
        Guide guide = new GuidesApi(client).getGuide("machine-learning-engineer");
        assertThat(guide.getClassifications().get(0).getPercentiles().get(2).getAnnual()).isEqualTo(112590);
        assertThat(guide.getClassifications().get(0).getPercentiles().get(0).getHourly())
                .isEqualByComparingTo(new BigDecimal("30.60"));
        assertThat(guide.getTopStates().get(0).getName()).isEqualTo("California");
        assertThat(guide.getSectionSources()).containsEntry("topStates", List.of(6));
        OfferEvaluationsApi offers = new OfferEvaluationsApi(client);
        GuideOfferEvaluationResponse evaluation = offers.evaluateGuideOffer("machine-learning-engineer",
                new GuideOfferRequest().annualBase(150000L).state("CA").yearsOfExperience(4));
        assertThat(evaluation.getClassifications().get(0).getPercentileRank()).isEqualByComparingTo("71.6");
        assertThat(evaluation.getSuggestedCounter().getMin()).isEqualTo(158000L);
        OfferEvaluation anywhere = offers.evaluateOffer(new OfferEvaluationRequest().occupation("15-1252")
                .annualBase(150000L).bonus(10000L));
        assertThat(anywhere.getNational().getPercentileRank()).isEqualByComparingTo("61.8");
        assertThat(anywhere.getTotalCompensation().getTotal()).isEqualTo(160000L);
        // a problem comes back as the client's ApiException with the status
        assertThatThrownBy(() -> offers.evaluateOffer(new OfferEvaluationRequest().occupation("15-1252")
                .annualBase(0L))).isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(400));
    }

    @Test
    @Order(1)
    void servesTheOpenApiDocumentTheClientIsGeneratedFrom() throws Exception {
        // api/openapi.json is the published contract; bin/export-openapi.sh writes it from a running gateway
        ObjectMapper json = new ObjectMapper();
        JsonNode served = json.readTree(system.get("gateway", "/v3/api-docs").body());
        JsonNode published = json.readTree(RunningSystem.repositoryRoot().resolve("api/openapi.json").toFile());
        ((ObjectNode) served).remove("servers");
        ((ObjectNode) published).remove("servers");
        assertThat(served).as("the served OpenAPI document differs from api/openapi.json: run bin/export-openapi.sh"
                + " against a running system and commit it").isEqualTo(published);
    }

    @Test
    @Order(2)
    void evaluatesTheContractOffer() throws Exception {
        HttpResponse<String> response = system.post("gateway",
                "/api/v1/guides/machine-learning-engineer/offer-evaluations",
                "{\"annualBase\":150000,\"state\":\"CA\",\"yearsOfExperience\":4}");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(JsonPath.<Double>read(response.body(), "$.classifications[0].percentileRank")).isEqualTo(71.6);
        assertThat(JsonPath.<String>read(response.body(), "$.classifications[0].socCode")).isEqualTo("15-2051");
        assertThat(JsonPath.<Double>read(response.body(), "$.location.ratioToMean")).isEqualTo(0.947);
    }

    @Test
    @Order(3)
    void routesEachServiceApiUnchanged() throws Exception {
        assertThat(system.get("gateway", "/api/v1/occupations/15-1252/percentile-rank?annual=150000").body())
                .contains("\"percentileRank\":61.8");
        assertThat(system.get("gateway", "/api/v1/geography/metros/38300?occupation=machine-learning-engineer").body())
                .contains("\"annualMeanWage\":132200");
        assertThat(system.get("gateway", "/api/v1/advice/guides/machine-learning-engineer/benefits").statusCode())
                .isEqualTo(200);
    }

    /** One hostile or careless request and the exact status it must get. */
    private record Case(String method, String path, String contentType, String body, String token, int status) {
    }

    private static Case get(String path, int status) {
        return new Case("GET", path, null, null, null, status);
    }

    private static Case post(String path, String body, int status) {
        return new Case("POST", path, "application/json", body, null, status);
    }

    @Test
    @Order(4)
    void answersEveryBadInputWithAnExact4xxProblemAndNever5xx() throws Exception {
        String offer = "/api/v1/guides/machine-learning-engineer/offer-evaluations";
        String writer = TestTokens.writer();
        List<Case> battery = List.of(
                // injection-shaped, unicode and control characters in paths and queries
                get("/api/v1/occupations/%27%20OR%201%3D1--", 400),
                get("/api/v1/occupations/15-2051%3B%20DROP%20TABLE%20occupation", 400),
                get("/api/v1/occupations?q=%27%20OR%20%271%27%3D%271", 200),
                get("/api/v1/occupations?q=%00", 400),
                get("/api/v1/occupations?q=" + "x".repeat(300), 400),
                get("/api/v1/occupations?q=%E2%9C%93%F0%9F%92%B0", 200),
                get("/api/v1/occupations?page=-1", 400),
                get("/api/v1/occupations?size=100000", 400),
                get("/api/v1/occupations?page=abc", 400),
                get("/api/v1/occupations/15-2051/percentile-rank?annual=-1", 400),
                get("/api/v1/occupations/15-2051/percentile-rank?annual=0", 400),
                get("/api/v1/occupations/15-2051/percentile-rank?annual=1e9", 400),
                get("/api/v1/occupations/15-2051/percentile-rank?annual=99999999999999999999999", 400),
                get("/api/v1/occupations/15-2051/percentile-rank?annual=NaN", 400),
                get("/api/v1/occupations/15-2051/percentile-rank", 400),
                get("/api/v1/occupations/99-9999", 404),
                get("/api/v1/geography/states?occupation=%27%20OR%201%3D1", 400),
                get("/api/v1/geography/states?occupation=machine-learning-engineer&limit=0", 400),
                get("/api/v1/geography/states?occupation=machine-learning-engineer&limit=101", 400),
                get("/api/v1/geography/states/%E2%9C%93", 400),
                get("/api/v1/geography/states/ZZ", 404),
                get("/api/v1/geography/metros/%00", 400),
                get("/api/v1/geography/metros/" + "a".repeat(300), 400),
                get("/api/v1/advice/guides/%27%3B--", 400),
                get("/api/v1/advice/guides/machine-learning-engineer/%3Cscript%3E", 404),
                get("/api/v1/guides/%F0%9F%92%B0", 400),
                get("/api/v1/guides/unknown-guide", 404),
                get("/api/v1/nothing-here", 404),
                get("/api/v1/advice/citations?socCode=15-205", 400),
                // bodies: malformed, wrong types, missing and unknown fields, absurd numbers, size, media type
                post(offer, "{\"annualBase\":", 400),
                post(offer, "[]", 400),
                post(offer, "{}", 400),
                post(offer, "{\"annualBase\":\"150000\"}", 400),
                post(offer, "{\"annualBase\":0}", 400),
                post(offer, "{\"annualBase\":-150000}", 400),
                post(offer, "{\"annualBase\":1e300}", 400),
                post(offer, "{\"annualBase\":150000,\"salary\":1}", 400),
                post(offer, "{\"annualBase\":150000,\"state\":\"ZZ\"}", 400),
                post(offer, "{\"annualBase\":150000,\"state\":\"C\\u0000\"}", 400),
                post(offer, "{\"annualBase\":150000,\"metro\":\"\\u0007bell\"}", 400),
                post(offer, "{\"annualBase\":150000,\"metro\":\"Nowhere, XX\"}", 400),
                post(offer, "{\"annualBase\":150000,\"yearsOfExperience\":-3}", 400),
                post(offer, "{\"annualBase\":150000,\"metro\":\"" + "m".repeat(40_000) + "\"}", 413),
                new Case("POST", offer, "text/plain", "150000", null, 415),
                new Case("POST", offer, "application/xml", "<offer/>", null, 415),
                // writes: closed without a valid token carrying the scope
                new Case("POST", "/api/v1/advice/guides", "application/json", "{}", null, 401),
                new Case("POST", "/api/v1/advice/guides", "application/json", "{}", TestTokens.expired(), 401),
                new Case("POST", "/api/v1/advice/guides", "application/json", "{}", TestTokens.signedWithAnotherKey(), 401),
                new Case("POST", "/api/v1/advice/guides", "application/json", "{}", "garbage", 401),
                new Case("POST", "/api/v1/advice/guides", "application/json", "{}", TestTokens.withoutWriteScope(), 403),
                new Case("PUT", "/api/v1/geography/states/CA/wages/machine-learning-engineer", "application/json",
                        "{\"dataYear\":2026,\"annualMeanWage\":1}", null, 401),
                // writes with a valid token but bad bodies, methods or versions
                new Case("POST", "/api/v1/advice/guides", "application/json", "{\"slug\":", writer, 400),
                new Case("POST", "/api/v1/advice/guides", "application/json", "{\"slug\":\"x\",\"titel\":1}", writer, 400),
                new Case("POST", "/api/v1/advice/guides", "application/json", "{\"slug\":\"Bad Slug\"}", writer, 400),
                new Case("POST", "/api/v1/advice/guides", "application/json", "{\"slug\":\"x\",\"title\":\"t\"}", writer, 400),
                new Case("POST", "/api/v1/advice/guides", "application/json", "{\"slug\":\"machine-learning-engineer\","
                        + "\"title\":\"t\",\"year\":2026,\"intro\":{\"text\":\"i\",\"sources\":[1]},"
                        + "\"classifications\":[{\"socCode\":\"15-2051\",\"role\":\"baseline\",\"rationale\":\"r\","
                        + "\"sources\":[]}],\"keyTakeaways\":[],\"experienceLevels\":[],\"specializations\":[],"
                        + "\"benefits\":[],\"negotiationSteps\":[],\"careerProgression\":[],\"salaryGrowth\":[],"
                        + "\"highlights\":[],\"faq\":[],\"sources\":[{\"id\":1,\"label\":\"BLS\",\"url\":null}],"
                        + "\"sectionSources\":{}}", writer, 409),
                new Case("PUT", "/api/v1/geography/states/CA/wages/machine-learning-engineer", "application/json",
                        "{\"dataYear\":2026,\"annualMeanWage\":1,\"version\":99}", writer, 409),
                new Case("PUT", "/api/v1/geography/states/CA/wages/machine-learning-engineer", "application/json",
                        "{\"dataYear\":2026,\"annualMeanWage\":-1,\"version\":0}", writer, 400),
                new Case("DELETE", "/api/v1/advice/guides/machine-learning-engineer?version=abc", null, null, writer, 400),
                new Case("DELETE", "/api/v1/guides/machine-learning-engineer", null, null, writer, 405),
                new Case("PATCH", "/api/v1/occupations/15-2051", "application/json", "{}", writer, 405),
                // found when the platform was tried as a hostile client (issue 11)
                new Case("POST", "/api/v1/advice/guides", "application/json", "{}", TestTokens.withoutExpiry(), 401),
                new Case("PUT", "/api/v1/advice/guides/machine-learning-engineer", "application/json",
                        "{\"version\":null}", writer, 400),
                get("/no/such/path", 404),
                get("/api/v1/guides/occupations/99-9999", 404),
                get("/api/v1/guides/occupations/15-2051?area=Atlantis", 400),
                get("/api/v1/wages/compare?occupations=15-2051&areas=US,ZZ", 400),
                post("/api/v1/offer-evaluations", "{\"occupation\":\"15-2051\",\"annualBase\":\"150000\"}", 400),
                post("/api/v1/offer-evaluations", "{\"occupation\":\"99-9999\",\"annualBase\":150000}", 400),
                new Case("PUT", "/api/v1/advice/guides/machine-learning-engineer", "application/json",
                        "{\"slug\":\"" + "x".repeat(300 * 1024) + "\"}", writer, 413));

        List<String> failures = new java.util.ArrayList<>();
        for (Case c : battery) {
            HttpResponse<String> r = system.send("gateway", c.method(), c.path(), c.contentType(), c.body(), c.token());
            String where = c.method() + " " + (c.path().length() > 80 ? c.path().substring(0, 80) + "..." : c.path());
            if (r.statusCode() != c.status()) {
                failures.add(where + ": expected " + c.status() + ", got " + r.statusCode() + " " + r.body());
            }
            if (r.statusCode() >= 400 && !r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")) {
                failures.add(where + ": not a problem+json response: " + r.headers().firstValue("Content-Type"));
            }
            if (r.body().matches("(?s).*(Exception|\\bat com\\.|SQL|org\\.spring|java\\.).*")) {
                failures.add(where + ": leaks internals: " + r.body());
            }
        }
        assertThat(failures).isEmpty();
        HttpResponse<String> forbidden = system.send("gateway", "POST", "/api/v1/advice/guides", "application/json", "{}",
                TestTokens.withoutWriteScope());
        assertThat(forbidden.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                challenge -> assertThat(challenge).contains("error=\"insufficient_scope\""));
        assertThat(system.get("gateway", "/no/such/path").body()).doesNotContain("static resource");
        // the rejected writes changed nothing
        assertThat(system.get("gateway", "/api/v1/geography/states/CA?occupation=machine-learning-engineer").body())
                .contains("\"annualMeanWage\":158400").contains("\"version\":0");
    }

    @Test
    @Order(5)
    void acceptsAWriteWithAValidTokenThroughTheGateway() throws Exception {
        HttpResponse<String> created = system.send("gateway", "PUT", "/api/v1/geography/metros/10420", "application/json",
                "{\"name\":\"Akron, OH\"}", TestTokens.writer());
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(system.get("gateway", "/api/v1/geography/metros/10420").body()).contains("Akron, OH");

        String csv = "OCC_CODE,OCC_TITLE,O_GROUP,TOT_EMP,H_MEAN,A_MEAN,H_PCT10,H_PCT25,H_MEDIAN,H_PCT75,H_PCT90,"
                + "A_PCT10,A_PCT25,A_MEDIAN,A_PCT75,A_PCT90\n"
                + "29-1141,Registered Nurses,detailed,\"3,175,390\",45.42,\"94,480\",30.47,37.02,41.38,49.67,"
                + "61.87,\"63,370\",\"77,000\",\"86,070\",\"103,310\",\"128,690\"\n";
        assertThat(system.send("gateway", "POST", "/api/v1/occupations/imports?year=2023", "text/csv", csv, null)
                .statusCode()).isEqualTo(401);
        HttpResponse<String> imported = system.send("gateway", "POST", "/api/v1/occupations/imports?year=2023",
                "text/csv", csv, TestTokens.writer());
        assertThat(imported.statusCode()).isEqualTo(200);
        // 50 + 25 * (90000 - 86070) / (103310 - 86070) = 55.69...
        assertThat(system.get("gateway", "/api/v1/occupations/29-1141/percentile-rank?annual=90000").body())
                .contains("\"percentileRank\":55.7");

        // a hand edit of one year's figures, stale on a second try
        String figures = "{\"percentiles\":[{\"percentile\":25,\"annual\":80000},{\"percentile\":50,\"annual\":90000},"
                + "{\"percentile\":75,\"annual\":100000}]";
        assertThat(system.send("gateway", "PUT", "/api/v1/occupations/29-1141/wages/2025", "application/json",
                figures + "}", TestTokens.writer()).statusCode()).isEqualTo(201);
        assertThat(system.get("gateway", "/api/v1/occupations/29-1141/percentile-rank?annual=90000").body())
                .contains("\"percentileRank\":50.0").contains("\"dataYear\":2025");
        assertThat(system.send("gateway", "PUT", "/api/v1/occupations/29-1141/wages/2025", "application/json",
                figures + ",\"version\":0}", TestTokens.writer()).statusCode()).isEqualTo(200);
        assertThat(system.send("gateway", "PUT", "/api/v1/occupations/29-1141/wages/2025", "application/json",
                figures + ",\"version\":0}", TestTokens.writer()).statusCode()).isEqualTo(409);

        // an occupation without figures: nothing to rank against is a 404, not a 500
        assertThat(system.send("gateway", "PUT", "/api/v1/occupations/19-9998", "application/json",
                "{\"title\":\"Occupation Without Figures\"}", TestTokens.writer()).statusCode()).isEqualTo(201);
        assertThat(system.get("gateway", "/api/v1/occupations/19-9998/percentile-rank?annual=150000").statusCode())
                .isEqualTo(404);

        // a 2024 national file without the guide's classifications would remove the figures it cites: refused
        HttpResponse<String> refused = system.send("gateway", "POST", "/api/v1/occupations/imports?year=2024",
                "text/csv", csv, TestTokens.writer());
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("machine-learning-engineer").contains("15-2051").contains("15-1252");
        assertThat(system.get("gateway", "/api/v1/occupations/15-2051").body()).contains("\"annual\":112590");
    }

    @Test
    @Order(6)
    void anEditThroughTheGatewayShowsInTheGuideWithinASecondThoughTheGuideIsCachedForTen() throws Exception {
        String guide = "/api/v1/guides/machine-learning-engineer";
        assertThat(JsonPath.<Integer>read(system.get("gateway", guide).body(), "$.classifications[0].dataYear"))
                .isEqualTo(2024);
        String figures = "{\"employment\":250000,\"annualMean\":130000,"
                + "\"percentiles\":[{\"percentile\":50,\"annual\":120000}]}";
        assertThat(system.send("gateway", "PUT", "/api/v1/occupations/15-2051/wages/2025", "application/json",
                figures, TestTokens.writer()).statusCode()).isEqualTo(201);
        Awaitility.await().atMost(Duration.ofSeconds(1)).pollInterval(Duration.ofMillis(50)).untilAsserted(() ->
                assertThat(JsonPath.<Integer>read(system.get("gateway", guide).body(),
                        "$.classifications[0].dataYear")).isEqualTo(2025));

        // the seed's figures again, for the tests after this one
        assertThat(system.send("gateway", "DELETE", "/api/v1/occupations/15-2051/wages/2025?version=0", null, null,
                TestTokens.writer()).statusCode()).isEqualTo(204);
        Awaitility.await().atMost(Duration.ofSeconds(1)).pollInterval(Duration.ofMillis(50)).untilAsserted(() ->
                assertThat(JsonPath.<Integer>read(system.get("gateway", guide).body(),
                        "$.classifications[0].dataYear")).isEqualTo(2024));
    }

    @Test
    @Order(7)
    void withAdviceServiceKilledTheGuideStillAnswersWithinOneSecondNamingWhatIsMissing() throws Exception {
        try {
            system.kill("advice-service");
            Thread.sleep(Duration.ofSeconds(11).toMillis()); // past the gateway's 10 s cache TTL
            long started = System.nanoTime();
            HttpResponse<String> response = system.get("gateway", "/api/v1/guides/machine-learning-engineer");
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(took).isLessThan(Duration.ofSeconds(1));
            assertThat(JsonPath.<List<String>>read(response.body(), "$.unavailableSections")).containsExactly(
                    "intro", "keyTakeaways", "classifications", "experienceLevels", "specializations", "benefits",
                    "negotiationSteps", "careerProgression", "salaryGrowth", "highlights", "faq", "sources");
            assertThat(JsonPath.<Integer>read(response.body(), "$.topStates[0].annualMeanWage")).isEqualTo(158400);
            // a routed call to the dead service: a problem a client can act on, never a 500
            HttpResponse<String> routed = system.get("gateway", "/api/v1/advice/guides");
            assertThat(routed.statusCode()).isEqualTo(503);
            assertThat(routed.headers().firstValue("Retry-After")).isPresent();
            assertThat(routed.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
        } finally {
            system.restart("advice-service");
        }
    }

    @Test
    @Order(7)
    void withGeographyServiceKilledAnOfferNamingAStateIsRefusedNotAcceptedUnchecked() throws Exception {
        try {
            system.kill("geography-service");
            HttpResponse<String> offer = system.post("gateway", "/api/v1/offer-evaluations",
                    "{\"occupation\":\"15-2051\",\"area\":\"ZZ\",\"annualBase\":150000}");
            assertThat(offer.statusCode()).isEqualTo(503);
            assertThat(offer.headers().firstValue("Retry-After")).isPresent();
            HttpResponse<String> national = system.post("gateway", "/api/v1/offer-evaluations",
                    "{\"occupation\":\"15-2051\",\"annualBase\":150000}");
            assertThat(national.statusCode()).isEqualTo(200);
            assertThat(JsonPath.<Double>read(national.body(), "$.national.percentileRank")).isEqualTo(71.6);
        } finally {
            system.restart("geography-service");
        }
    }
}
