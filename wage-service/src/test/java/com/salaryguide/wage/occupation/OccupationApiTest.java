package com.salaryguide.wage.occupation;

import static com.salaryguide.wage.JsonText.compact;

import com.salaryguide.testsupport.TestPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The HTTP contract of the occupation endpoints, on a fresh PostgreSQL database migrated by Flyway. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
class OccupationApiTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestPostgres.register(registry);
    }

    @Autowired
    WebTestClient http;

    /** The seed's 15-2051 table as served: every figure reported, hourly amounts written with two decimals. */
    private static final String DATA_SCIENTISTS_PERCENTILES = """
            [{"percentile":10,"annual":63650,"hourly":30.60,"annualStatus":"reported","hourlyStatus":"reported"},
             {"percentile":25,"annual":82630,"hourly":39.73,"annualStatus":"reported","hourlyStatus":"reported"},
             {"percentile":50,"annual":112590,"hourly":54.13,"annualStatus":"reported","hourlyStatus":"reported"},
             {"percentile":75,"annual":155810,"hourly":74.91,"annualStatus":"reported","hourlyStatus":"reported"},
             {"percentile":90,"annual":194410,"hourly":93.47,"annualStatus":"reported","hourlyStatus":"reported"}]""";

    @Test
    void servesDataScientistsWithEveryFigureOfTheSeedTableAndNullsForWhatTheGuideDoesNotGive() {
        // the seed guide prints no employment or mean for the classification: null, not-available, never invented
        http.get().uri("/api/v1/occupations/15-2051").exchange()
                .expectStatus().isOk()
                .expectHeader().contentType(MediaType.APPLICATION_JSON)
                .expectBody(String.class).isEqualTo(compact("""
                        {"socCode":"15-2051","title":"Data Scientists","dataYear":2024,
                         "employment":null,"employmentStatus":"not-available",
                         "annualMeanWage":null,"annualMeanWageStatus":"not-available",
                         "hourlyMeanWage":null,"hourlyMeanWageStatus":"not-available",
                         "percentiles":""" + DATA_SCIENTISTS_PERCENTILES + """
                        ,
                         "projectedGrowth":{"percent":34,"fromYear":2024,"toYear":2034,"sources":[2]},
                         "sources":[1,3],"version":0,"figuresVersion":0}"""));
    }

    @Test
    void servesSoftwareDevelopersWithEveryFigureOfTheSeedTableAndANullProjection() {
        http.get().uri("/api/v1/occupations/15-1252").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).isEqualTo(compact("""
                        {"socCode":"15-1252","title":"Software Developers","dataYear":2024,
                         "employment":null,"employmentStatus":"not-available",
                         "annualMeanWage":null,"annualMeanWageStatus":"not-available",
                         "hourlyMeanWage":null,"hourlyMeanWageStatus":"not-available",
                         "percentiles":[
                          {"percentile":10,"annual":79850,"hourly":38.39,"annualStatus":"reported","hourlyStatus":"reported"},
                          {"percentile":25,"annual":103050,"hourly":49.55,"annualStatus":"reported","hourlyStatus":"reported"},
                          {"percentile":50,"annual":133080,"hourly":63.98,"annualStatus":"reported","hourlyStatus":"reported"},
                          {"percentile":75,"annual":169000,"hourly":81.25,"annualStatus":"reported","hourlyStatus":"reported"},
                          {"percentile":90,"annual":211450,"hourly":101.66,"annualStatus":"reported","hourlyStatus":"reported"}],
                         "projectedGrowth":null,"sources":[4,5],"version":0,"figuresVersion":0}"""));
    }

    @Test
    void servesEveryDataYearOfTheSeedAsItsWageHistory() {
        http.get().uri("/api/v1/occupations/15-2051/wages").exchange()
                .expectStatus().isOk()
                .expectHeader().contentType(MediaType.APPLICATION_JSON)
                .expectBody(String.class).isEqualTo(compact("""
                        {"socCode":"15-2051","title":"Data Scientists","years":[
                          {"dataYear":2024,"employment":null,"employmentStatus":"not-available",
                           "annualMeanWage":null,"annualMeanWageStatus":"not-available",
                           "hourlyMeanWage":null,"hourlyMeanWageStatus":"not-available",
                           "percentiles":""" + DATA_SCIENTISTS_PERCENTILES + """
                        ,
                           "sources":[1,3]}]}"""));
    }

    @Test
    void listsOccupationsOrderedBySocCodeWithPagingAndTheirLatestDataYear() {
        http.get().uri("/api/v1/occupations").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).isEqualTo(compact("""
                        {"items":[{"socCode":"15-1252","title":"Software Developers","dataYear":2024},
                                  {"socCode":"15-2051","title":"Data Scientists","dataYear":2024}],
                         "page":0,"size":20,"totalItems":2,"totalPages":1}"""));
        http.get().uri("/api/v1/occupations?page=1&size=1").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).isEqualTo(compact("""
                        {"items":[{"socCode":"15-2051","title":"Data Scientists","dataYear":2024}],
                         "page":1,"size":1,"totalItems":2,"totalPages":2}"""));
        http.get().uri("/api/v1/occupations?page=5").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).isEqualTo("{\"items\":[],\"page\":5,\"size\":20,\"totalItems\":2,"
                        + "\"totalPages\":1}");
    }

    @Test
    void searchesByTitleCaseInsensitivelyAndBySocPrefix() {
        http.get().uri("/api/v1/occupations?q=SCIENT").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.items[*].socCode").isEqualTo("15-2051");
        http.get().uri("/api/v1/occupations?q=15-12").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.items[*].socCode").isEqualTo("15-1252");
    }

    @Test
    void treatsLikeWildcardsAndQuotesInSearchAsPlainText() {
        http.get().uri("/api/v1/occupations?q={q}", "%").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.totalItems").isEqualTo(0);
        http.get().uri("/api/v1/occupations?q={q}", "' OR 1=1 --").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.totalItems").isEqualTo(0);
    }

    @Test
    void ranksASalaryByLinearInterpolation() {
        http.get().uri("/api/v1/occupations/15-2051/percentile-rank?annual=150000").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).isEqualTo(compact("""
                        {"socCode":"15-2051","dataYear":2024,"annual":150000,"percentileRank":71.6,"position":"within"}"""));
    }

    @Test
    void ranksOutsideThePublishedRangeAsNullWithPosition() {
        http.get().uri("/api/v1/occupations/15-1252/percentile-rank?annual=250000").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).isEqualTo(compact("""
                        {"socCode":"15-1252","dataYear":2024,"annual":250000,"percentileRank":null,"position":"above"}"""));
        http.get().uri("/api/v1/occupations/15-1252/percentile-rank?annual=50000").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).isEqualTo(compact("""
                        {"socCode":"15-1252","dataYear":2024,"annual":50000,"percentileRank":null,"position":"below"}"""));
    }

    @Test
    void answersUnknownSocCodeWithNotFoundProblem() {
        for (String path : new String[] {"/api/v1/occupations/15-9999", "/api/v1/occupations/15-9999/wages",
                "/api/v1/occupations/15-9999/percentile-rank?annual=1"}) {
            http.get().uri(path).exchange()
                    .expectStatus().isNotFound()
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody()
                    .jsonPath("$.status").isEqualTo(404)
                    .jsonPath("$.title").isEqualTo("Not Found")
                    .jsonPath("$.type").isEqualTo("/problems/not-found")
                    .jsonPath("$.detail").isEqualTo("No occupation with SOC code 15-9999.");
        }
    }

    @Test
    void rejectsMalformedSocCodeNamingTheField() {
        for (String soc : new String[] {"152051", "15-20511", "ab-cdef", "15_2051"}) {
            for (String path : new String[] {"/api/v1/occupations/{soc}", "/api/v1/occupations/{soc}/wages"}) {
                http.get().uri(path, soc).exchange()
                        .expectStatus().isBadRequest()
                        .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                        .expectBody()
                        .jsonPath("$.errors[0].field").isEqualTo("socCode");
            }
        }
    }

    @Test
    void rejectsMissingNonNumericNegativeZeroAndAbsurdSalaries() {
        for (String annual : new String[] {"", "abc", "-5", "0", "150000.5", "10000001", "99999999999999999999"}) {
            http.get().uri("/api/v1/occupations/15-2051/percentile-rank?annual={a}", annual).exchange()
                    .expectStatus().isBadRequest()
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody()
                    .jsonPath("$.errors[0].field").isEqualTo("annual");
        }
        http.get().uri("/api/v1/occupations/15-2051/percentile-rank").exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].message").isEqualTo("is required");
    }

    @Test
    void rejectsBadPagingNamingEachField() {
        http.get().uri("/api/v1/occupations?page=-1&size=101").exchange()
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field").isEqualTo("page")
                .jsonPath("$.errors[1].field").isEqualTo("size");
        http.get().uri("/api/v1/occupations?size=abc").exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("size");
    }

    @Test
    void rejectsOverlongSearchText() {
        http.get().uri("/api/v1/occupations?q={q}", "x".repeat(101)).exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("q");
    }

    @Test
    void exposesLivenessAndReadinessProbes() {
        http.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
        http.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
    }

    @Test
    void answersAnUnknownPathWithAPlainNotFoundProblem() {
        http.get().uri("/api/v1/occupation").exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("/problems/not-found")
                .jsonPath("$.title").isEqualTo("Not Found")
                .jsonPath("$.detail").isEqualTo("No such path: /api/v1/occupation");
    }
}
