package com.salaryguide.geography.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import com.salaryguide.testsupport.TestPostgres;
import com.salaryguide.testsupport.TestTokens;
import org.json.JSONException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.skyscreamer.jsonassert.JSONAssert;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.json.JsonCompareMode;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.FileSystemUtils;

/**
 * A whole (small) release imported over HTTP on PostgreSQL, then every read answered exactly: area lookups, the
 * batch figures read, rankings by mean and by median, the concentration ranking, and the single-area reads.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReleaseApiTest {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** Made here, not by @TempDir: with one test instance per class the context starts before @TempDir is set. */
    static final Path uploads = temporaryDirectory();

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("release-api-test");
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    @DynamicPropertySource
    static void configure(DynamicPropertyRegistry registry) {
        TestPostgres.register(registry);
        registry.add("salaryguide.jwt-secret", () -> TestTokens.SECRET);
        registry.add("salaryguide.oews.upload-dir", () -> uploads.resolve("geography-service").toString());
    }

    @Autowired
    WebTestClient http;

    private String csvSummary;

    @BeforeAll
    void importTheRelease() {
        csvSummary = upload(SmallRelease.csv(), "text/csv").expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
    }

    @AfterAll
    void removeTheRelease() throws Exception {
        try (var connection = TestPostgres.connect(); var st = connection.createStatement()) {
            st.execute("DELETE FROM area_wage WHERE occupation LIKE '__-____'");
            st.execute("DELETE FROM area WHERE code IN ('31140', '2600004')");
            st.execute("UPDATE area SET name = 'Austin-Round Rock-Georgetown, TX' WHERE code = '12420'");
        }
        FileSystemUtils.deleteRecursively(uploads);
    }

    private WebTestClient.ResponseSpec upload(byte[] body, String mediaType) {
        return http.mutate().responseTimeout(Duration.ofSeconds(60)).build().post()
                .uri("/api/v1/geography/imports?year=2024").contentType(MediaType.parseMediaType(mediaType))
                .headers(TestTokens.bearer(TestTokens.writer())).bodyValue(body).exchange();
    }

    private WebTestClient.BodyContentSpec get(String uri, Object... variables) {
        return http.get().uri(uri, variables).exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
                .expectBody();
    }

    private String body(String uri, Object... variables) {
        return new String(get(uri, variables).returnResult().getResponseBodyContent(), StandardCharsets.UTF_8);
    }

    private WebTestClient.BodyContentSpec badRequest(String uri, String field) {
        return http.get().uri(uri).exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo(field);
    }

    static final String CA_DATA_SCIENTISTS = """
            {"occupation":"15-2051",
             "area":{"code":"CA","areaType":"state","name":"California","state":"CA"},"dataYear":2024,
             "employment":31210,"employmentStatus":"reported","jobsPer1000":1.750,"jobsPer1000Status":"reported",
             "locationQuotient":1.90,"locationQuotientStatus":"reported",
             "annualMeanWage":156560,"annualMeanWageStatus":"reported","hourlyMeanWage":75.27,"hourlyMeanWageStatus":"reported",
             "percentiles":[
              {"percentile":10,"annual":77580,"hourly":37.30,"annualStatus":"reported","hourlyStatus":"reported"},
              {"percentile":25,"annual":105320,"hourly":50.63,"annualStatus":"reported","hourlyStatus":"reported"},
              {"percentile":50,"annual":147530,"hourly":70.93,"annualStatus":"reported","hourlyStatus":"reported"},
              {"percentile":75,"annual":198660,"hourly":95.51,"annualStatus":"reported","hourlyStatus":"reported"},
              {"percentile":90,"annual":239200,"hourly":115.00,"annualStatus":"top-coded","hourlyStatus":"top-coded"}],
             "sources":[],"version":0}""";

    static final String NONMETRO_SOFTWARE_DEVELOPERS = """
            {"occupation":"15-1252",
             "area":{"code":"2600004","areaType":"nonmetro","name":"Northern Michigan nonmetropolitan area","state":"MI"},
             "dataYear":2024,
             "employment":50,"employmentStatus":"reported","jobsPer1000":1.500,"jobsPer1000Status":"reported",
             "locationQuotient":0.30,"locationQuotientStatus":"reported",
             "annualMeanWage":null,"annualMeanWageStatus":"not-available","hourlyMeanWage":null,
             "hourlyMeanWageStatus":"not-available",
             "percentiles":[
              {"percentile":10,"annual":null,"hourly":null,"annualStatus":"not-available","hourlyStatus":"not-available"},
              {"percentile":25,"annual":null,"hourly":null,"annualStatus":"not-available","hourlyStatus":"not-available"},
              {"percentile":50,"annual":null,"hourly":null,"annualStatus":"not-available","hourlyStatus":"not-available"},
              {"percentile":75,"annual":null,"hourly":null,"annualStatus":"not-available","hourlyStatus":"not-available"},
              {"percentile":90,"annual":null,"hourly":null,"annualStatus":"not-available","hourlyStatus":"not-available"}],
             "sources":[],"version":0}""";

    static final String CA_SOFTWARE_DEVELOPERS = """
            {"occupation":"15-1252",
             "area":{"code":"CA","areaType":"state","name":"California","state":"CA"},"dataYear":2024,
             "employment":1000,"employmentStatus":"reported","jobsPer1000":12.345,"jobsPer1000Status":"reported",
             "locationQuotient":1.50,"locationQuotientStatus":"reported",
             "annualMeanWage":166400,"annualMeanWageStatus":"reported","hourlyMeanWage":80.00,"hourlyMeanWageStatus":"reported",
             "percentiles":[
              {"percentile":10,"annual":83200,"hourly":40.00,"annualStatus":"reported","hourlyStatus":"reported"},
              {"percentile":25,"annual":114400,"hourly":55.00,"annualStatus":"reported","hourlyStatus":"reported"},
              {"percentile":50,"annual":156000,"hourly":75.00,"annualStatus":"reported","hourlyStatus":"reported"},
              {"percentile":75,"annual":208000,"hourly":100.00,"annualStatus":"reported","hourlyStatus":"reported"},
              {"percentile":90,"annual":239200,"hourly":115.00,"annualStatus":"top-coded","hourlyStatus":"top-coded"}],
             "sources":[],"version":0}""";

    static final String STATES_BY_MEAN = """
            {"occupation":"15-1252","areaType":"state","dataYear":2024,"sort":"annualMeanWage","totalRanked":4,"items":[
             {"rank":1,"code":"NY","name":"New York","annualMeanWage":239200,"annualMeanWageStatus":"top-coded",
              "annualMedianWage":239200,"annualMedianWageStatus":"top-coded","dataYear":2024,"sources":[],"version":0},
             {"rank":2,"code":"CA","name":"California","annualMeanWage":166400,"annualMeanWageStatus":"reported",
              "annualMedianWage":156000,"annualMedianWageStatus":"reported","dataYear":2024,"sources":[],"version":0},
             {"rank":3,"code":"TX","name":"Texas","annualMeanWage":124800,"annualMeanWageStatus":"reported",
              "annualMedianWage":114400,"annualMedianWageStatus":"reported","dataYear":2024,"sources":[],"version":0},
             {"rank":3,"code":"WA","name":"Washington","annualMeanWage":124800,"annualMeanWageStatus":"reported",
              "annualMedianWage":124800,"annualMedianWageStatus":"reported","dataYear":2024,"sources":[],"version":0}]}""";

    static final String CONCENTRATION = """
            {"occupation":"15-1252","dataYear":2024,"sort":"locationQuotient","totalRanked":7,"items":[
             {"rank":1,"code":"12420","areaType":"metro","name":"Austin-Round Rock-San Marcos, TX","locationQuotient":3.10,
              "jobsPer1000":30.000,"employment":900,"annualMeanWage":145600},
             {"rank":2,"code":"WA","areaType":"state","name":"Washington","locationQuotient":2.10,"jobsPer1000":20.000,
              "employment":3000,"annualMeanWage":124800},
             {"rank":3,"code":"CA","areaType":"state","name":"California","locationQuotient":1.50,"jobsPer1000":12.345,
              "employment":1000,"annualMeanWage":166400},
             {"rank":4,"code":"31140","areaType":"metro","name":"Louisville/Jefferson County, KY-IN","locationQuotient":1.20,
              "jobsPer1000":6.000,"employment":400,"annualMeanWage":93600},
             {"rank":4,"code":"TX","areaType":"state","name":"Texas","locationQuotient":1.20,"jobsPer1000":8.000,
              "employment":2000,"annualMeanWage":124800},
             {"rank":6,"code":"PR","areaType":"territory","name":"Puerto Rico","locationQuotient":0.60,"jobsPer1000":5.000,
              "employment":500,"annualMeanWage":52000},
             {"rank":7,"code":"2600004","areaType":"nonmetro","name":"Northern Michigan nonmetropolitan area",
              "locationQuotient":0.30,"jobsPer1000":1.500,"employment":50,"annualMeanWage":null}]}""";

    @Test
    void importsEveryKindOfAreaRenamingTheMetroBlsRenamedAndSkippingTheNationAndGroups() {
        assertThat(csvSummary).containsPattern("\"durationMs\":\\d+");
        assertJson(csvSummary.replaceAll("\"durationMs\":\\d+", "\"durationMs\":0"), """
                {"year":2024,"format":"CSV","figureRows":11,"areasAdded":2,"areasRenamed":1,"states":4,"territories":2,
                 "metros":2,"nonmetros":1,"topCodedFigures":12,"rowsRead":13,
                 "skippedRows":{
                  "area type 1 (states, 2, territories, 3, metropolitan areas, 4, and nonmetropolitan areas, 6, are imported here)":1,
                  "occupation group 'major' (only detailed occupations are imported by default)":1},
                 "durationMs":0}""");
    }

    private void assertJson(String actual, String expected) {
        try {
            JSONAssert.assertEquals(expected, actual, true);
        } catch (JSONException ex) {
            throw new AssertionError(ex);
        }
    }

    @Test
    void findsAnAreaByCodeOrByExactNameInAnyCase() {
        String austin = """
                {"code":"12420","areaType":"metro","name":"Austin-Round Rock-San Marcos, TX","state":"TX"}""";
        get("/api/v1/geography/areas/12420").json(austin, JsonCompareMode.STRICT);
        get("/api/v1/geography/areas/{name}", "austin-round rock-san marcos, tx").json(austin, JsonCompareMode.STRICT);
        get("/api/v1/geography/areas/{name}", "Louisville/Jefferson County, KY-IN").json("""
                {"code":"31140","areaType":"metro","name":"Louisville/Jefferson County, KY-IN","state":"KY"}""",
                JsonCompareMode.STRICT);
        get("/api/v1/geography/areas/2600004").json("""
                {"code":"2600004","areaType":"nonmetro","name":"Northern Michigan nonmetropolitan area","state":"MI"}""",
                JsonCompareMode.STRICT);
        get("/api/v1/geography/areas/pr").json("""
                {"code":"PR","areaType":"territory","name":"Puerto Rico","state":"PR"}""", JsonCompareMode.STRICT);
        get("/api/v1/geography/areas/{name}", "texas").json("""
                {"code":"TX","areaType":"state","name":"Texas","state":"TX"}""", JsonCompareMode.STRICT);
    }

    @Test
    void answersAnUnknownAreaWithNotFoundAndAMalformedOneWithBadRequest() {
        http.get().uri("/api/v1/geography/areas/{name}", "Atlantis, ZZ").exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().json("""
                        {"type":"/problems/not-found","title":"Not Found","status":404,"detail":"No area Atlantis, ZZ."}""");
        http.get().uri("/api/v1/geography/areas/ZZ").exchange().expectStatus().isNotFound();
        for (String malformed : new String[] {"123", "1234567890", "!!!", "a".repeat(201), "Austin\tTX"}) {
            http.get().uri("/api/v1/geography/areas/{key}", malformed).exchange()
                    .expectStatus().isBadRequest()
                    .expectBody().jsonPath("$.errors[0].field").isEqualTo("codeOrName");
        }
    }

    @Test
    void servesEachAskedPairsLatestFiguresInTheOrderAskedLeavingOutPairsWithoutFigures() {
        String body = body("/api/v1/geography/wages?occupation=15-2051,15-1252&area=2600004,CA");
        assertJson(body, "{\"items\":[" + CA_DATA_SCIENTISTS + "," + NONMETRO_SOFTWARE_DEVELOPERS + ","
                + CA_SOFTWARE_DEVELOPERS + "]}");
        // hourly amounts are written with exactly two decimals, concentration figures as BLS prints them
        assertThat(body).contains("\"hourly\":37.30", "\"hourly\":115.00", "\"hourlyMeanWage\":80.00",
                "\"jobsPer1000\":1.500", "\"locationQuotient\":0.30");
        get("/api/v1/geography/wages?occupation=15-1252,15-2051,99-9999&area=PR,12420,US,41940")
                .jsonPath("$.items[*].occupation").isEqualTo(List.of("15-1252", "15-1252", "15-2051"))
                .jsonPath("$.items[*].area.code").isEqualTo(List.of("PR", "12420", "12420"));
        get("/api/v1/geography/wages?occupation=99-9999&area=CA").json("{\"items\":[]}", JsonCompareMode.STRICT);
    }

    @Test
    void servesAGuidesOwnFiguresBesideBlsFiguresWithTheGuidesEditionYear() {
        get("/api/v1/geography/wages?occupation=machine-learning-engineer&area=ca").json("""
                {"items":[{"occupation":"machine-learning-engineer",
                  "area":{"code":"CA","areaType":"state","name":"California","state":"CA"},"dataYear":2026,
                  "employment":null,"employmentStatus":"not-available","jobsPer1000":null,"jobsPer1000Status":"not-available",
                  "locationQuotient":null,"locationQuotientStatus":"not-available",
                  "annualMeanWage":158400,"annualMeanWageStatus":"reported","hourlyMeanWage":null,
                  "hourlyMeanWageStatus":"not-available","percentiles":[],"sources":[6],"version":0}]}""",
                JsonCompareMode.STRICT);
    }

    @Test
    void rejectsMissingMalformedRepeatedOrTooManyListValuesNamingTheParameter() {
        badRequest("/api/v1/geography/wages?area=CA", "occupation");
        badRequest("/api/v1/geography/wages?occupation=15-1252", "area");
        badRequest("/api/v1/geography/wages?occupation=15-1252,,15-2051&area=CA", "occupation");
        badRequest("/api/v1/geography/wages?occupation=15-1252,15-1252&area=CA", "occupation")
                .jsonPath("$.errors[0].message").isEqualTo("lists 15-1252 twice; each value once");
        badRequest("/api/v1/geography/wages?occupation=15-1252&area=CA,ca", "area");
        badRequest("/api/v1/geography/wages?occupation=15-1252&area=CAL", "area");
        badRequest("/api/v1/geography/wages?occupation=15-1252&area=123456", "area");
        badRequest("/api/v1/geography/wages?occupation=15-1252&area=" + "AK,AL,AR,AZ,CA,CO,CT,DC,DE,FL,GA", "area")
                .jsonPath("$.errors[0].message").isEqualTo("must list at most 10 values, not 11");
        badRequest("/api/v1/geography/wages?occupation=DROP%20TABLE&area=CA", "occupation");
        http.get().uri("/api/v1/geography/wages").exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[*].field").isEqualTo(List.of("occupation", "area"));
    }

    @Test
    void ranksStatesByMeanWithTopCodedAtTheCapAndTiesSharingARank() {
        get("/api/v1/geography/states?occupation=15-1252").json(STATES_BY_MEAN, JsonCompareMode.STRICT);
    }

    @Test
    void ranksStatesByMedian() {
        get("/api/v1/geography/states?occupation=15-1252&sort=annualMedianWage&limit=3").json("""
                {"occupation":"15-1252","areaType":"state","dataYear":2024,"sort":"annualMedianWage","totalRanked":4,"items":[
                 {"rank":1,"code":"NY","name":"New York","annualMeanWage":239200,"annualMeanWageStatus":"top-coded",
                  "annualMedianWage":239200,"annualMedianWageStatus":"top-coded","dataYear":2024,"sources":[],"version":0},
                 {"rank":2,"code":"CA","name":"California","annualMeanWage":166400,"annualMeanWageStatus":"reported",
                  "annualMedianWage":156000,"annualMedianWageStatus":"reported","dataYear":2024,"sources":[],"version":0},
                 {"rank":3,"code":"WA","name":"Washington","annualMeanWage":124800,"annualMeanWageStatus":"reported",
                  "annualMedianWage":124800,"annualMedianWageStatus":"reported","dataYear":2024,"sources":[],"version":0}]}""",
                JsonCompareMode.STRICT);
    }

    @Test
    void ranksMetrosWithoutNonmetropolitanAreasAndLeavesAreasWithoutTheSortKeyOut() {
        get("/api/v1/geography/metros?occupation=15-1252").json("""
                {"occupation":"15-1252","areaType":"metro","dataYear":2024,"sort":"annualMeanWage","totalRanked":2,"items":[
                 {"rank":1,"code":"12420","name":"Austin-Round Rock-San Marcos, TX","annualMeanWage":145600,
                  "annualMeanWageStatus":"reported","annualMedianWage":135200,"annualMedianWageStatus":"reported",
                  "dataYear":2024,"sources":[],"version":0},
                 {"rank":2,"code":"31140","name":"Louisville/Jefferson County, KY-IN","annualMeanWage":93600,
                  "annualMeanWageStatus":"reported","annualMedianWage":89440,"annualMedianWageStatus":"reported",
                  "dataYear":2024,"sources":[],"version":0}]}""", JsonCompareMode.STRICT);
        // Guam publishes only hourly figures for actors: a territory is no state, and nothing ranks by annual mean
        http.get().uri("/api/v1/geography/states?occupation=27-2011").exchange().expectStatus().isNotFound();
    }

    @Test
    void ranksAreasOfEveryKindByLocationQuotientLeavingOutThoseWithoutOne() {
        get("/api/v1/geography/areas?occupation=15-1252&sort=locationQuotient&limit=10").json(CONCENTRATION,
                JsonCompareMode.STRICT);
        assertThat(body("/api/v1/geography/areas?occupation=15-1252")).contains("\"locationQuotient\":3.10",
                "\"jobsPer1000\":30.000");
    }

    @Test
    void ranksOneKindOfAreaByJobsPerThousand() {
        get("/api/v1/geography/areas?occupation=15-1252&sort=jobsPer1000&areaType=state&limit=2").json("""
                {"occupation":"15-1252","dataYear":2024,"sort":"jobsPer1000","totalRanked":3,"items":[
                 {"rank":1,"code":"WA","areaType":"state","name":"Washington","locationQuotient":2.10,"jobsPer1000":20.000,
                  "employment":3000,"annualMeanWage":124800},
                 {"rank":2,"code":"CA","areaType":"state","name":"California","locationQuotient":1.50,"jobsPer1000":12.345,
                  "employment":1000,"annualMeanWage":166400}]}""", JsonCompareMode.STRICT);
        get("/api/v1/geography/areas?occupation=15-1252&areaType=territory").json("""
                {"occupation":"15-1252","dataYear":2024,"sort":"locationQuotient","totalRanked":1,"items":[
                 {"rank":1,"code":"PR","areaType":"territory","name":"Puerto Rico","locationQuotient":0.60,"jobsPer1000":5.000,
                  "employment":500,"annualMeanWage":52000}]}""", JsonCompareMode.STRICT);
    }

    @Test
    void rejectsBadRankingParametersNamingEach() {
        badRequest("/api/v1/geography/areas?occupation=15-1252&sort=annualMeanWage", "sort");
        badRequest("/api/v1/geography/areas?occupation=15-1252&areaType=county", "areaType");
        badRequest("/api/v1/geography/areas?occupation=15-1252&limit=0", "limit");
        badRequest("/api/v1/geography/areas", "occupation");
        badRequest("/api/v1/geography/states?occupation=15-1252&sort=locationQuotient", "sort");
        badRequest("/api/v1/geography/metros?occupation=15-1252&sort=median", "sort");
        http.get().uri("/api/v1/geography/areas?occupation=99-9999").exchange()
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.detail").isEqualTo("No area figures for occupation 99-9999.");
    }

    @Test
    void servesOneStatesFiguresWithStatusesAndItsRank() {
        get("/api/v1/geography/states/ny?occupation=15-1252").json("""
                {"rank":1,"occupation":"15-1252",
                 "area":{"code":"NY","areaType":"state","name":"New York","state":"NY"},"dataYear":2024,
                 "employment":null,"employmentStatus":"not-available","jobsPer1000":null,"jobsPer1000Status":"not-available",
                 "locationQuotient":null,"locationQuotientStatus":"not-available",
                 "annualMeanWage":239200,"annualMeanWageStatus":"top-coded","hourlyMeanWage":115.00,
                 "hourlyMeanWageStatus":"top-coded",
                 "percentiles":[
                  {"percentile":10,"annual":104000,"hourly":50.00,"annualStatus":"reported","hourlyStatus":"reported"},
                  {"percentile":25,"annual":145600,"hourly":70.00,"annualStatus":"reported","hourlyStatus":"reported"},
                  {"percentile":50,"annual":239200,"hourly":115.00,"annualStatus":"top-coded","hourlyStatus":"top-coded"},
                  {"percentile":75,"annual":239200,"hourly":115.00,"annualStatus":"top-coded","hourlyStatus":"top-coded"},
                  {"percentile":90,"annual":239200,"hourly":115.00,"annualStatus":"top-coded","hourlyStatus":"top-coded"}],
                 "sources":[],"version":0}""", JsonCompareMode.STRICT);
    }

    @Test
    void servesATerritoryWithOnlyHourlyFiguresUnrankedByAnnualMean() {
        get("/api/v1/geography/states/GU?occupation=27-2011").json("""
                {"rank":null,"occupation":"27-2011",
                 "area":{"code":"GU","areaType":"territory","name":"Guam","state":"GU"},"dataYear":2024,
                 "employment":null,"employmentStatus":"not-available","jobsPer1000":null,"jobsPer1000Status":"not-available",
                 "locationQuotient":null,"locationQuotientStatus":"not-available",
                 "annualMeanWage":null,"annualMeanWageStatus":"not-available","hourlyMeanWage":24.10,
                 "hourlyMeanWageStatus":"reported",
                 "percentiles":[
                  {"percentile":10,"annual":null,"hourly":11.23,"annualStatus":"not-available","hourlyStatus":"reported"},
                  {"percentile":25,"annual":null,"hourly":14.10,"annualStatus":"not-available","hourlyStatus":"reported"},
                  {"percentile":50,"annual":null,"hourly":20.05,"annualStatus":"not-available","hourlyStatus":"reported"},
                  {"percentile":75,"annual":null,"hourly":28.96,"annualStatus":"not-available","hourlyStatus":"reported"},
                  {"percentile":90,"annual":null,"hourly":42.17,"annualStatus":"not-available","hourlyStatus":"reported"}],
                 "sources":[],"version":0}""", JsonCompareMode.STRICT);
    }

    @Test
    void servesOneMetroByItsNameWithASlash() {
        get("/api/v1/geography/metros/{name}?occupation=15-1252", "louisville/jefferson county, ky-in")
                .jsonPath("$.rank").isEqualTo(2)
                .jsonPath("$.area.code").isEqualTo("31140")
                .jsonPath("$.annualMeanWage").isEqualTo(93600);
    }

    @Test
    void importsTheWorkbookFormOfTheReleaseWithTheSameAnswers() throws Exception {
        upload(SmallRelease.xlsx(), XLSX).expectStatus().isOk()
                .expectBody()
                .jsonPath("$.format").isEqualTo("XLSX")
                .jsonPath("$.figureRows").isEqualTo(11)
                .jsonPath("$.rowsRead").isEqualTo(13)
                .jsonPath("$.topCodedFigures").isEqualTo(12)
                .jsonPath("$.areasAdded").isEqualTo(0)
                .jsonPath("$.areasRenamed").isEqualTo(0);
        get("/api/v1/geography/wages?occupation=15-2051,15-1252&area=2600004,CA").json("{\"items\":["
                + CA_DATA_SCIENTISTS + "," + NONMETRO_SOFTWARE_DEVELOPERS + "," + CA_SOFTWARE_DEVELOPERS + "]}",
                JsonCompareMode.STRICT);
        get("/api/v1/geography/states?occupation=15-1252").json(STATES_BY_MEAN, JsonCompareMode.STRICT);
        get("/api/v1/geography/areas?occupation=15-1252").json(CONCENTRATION, JsonCompareMode.STRICT);
    }
}
