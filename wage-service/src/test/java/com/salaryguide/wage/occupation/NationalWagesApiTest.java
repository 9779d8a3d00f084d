package com.salaryguide.wage.occupation;

import static com.salaryguide.wage.JsonText.compact;

import java.nio.charset.StandardCharsets;

import com.salaryguide.testsupport.TestPostgres;
import com.salaryguide.testsupport.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * An occupation's national figures over the data years imported or edited, with a status per BLS figure, on real
 * PostgreSQL. Two OEWS releases are imported from the CSV fixtures below (years 2020 and 2021, clear of the seed's
 * 2024 and of the other tests' years).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
class NationalWagesApiTest {

    private static final String HEADER = "OCC_CODE,OCC_TITLE,O_GROUP,TOT_EMP,H_MEAN,A_MEAN,H_PCT10,H_PCT25,H_MEDIAN,"
            + "H_PCT75,H_PCT90,A_PCT10,A_PCT25,A_MEDIAN,A_PCT75,A_PCT90,ANNUAL,HOURLY\n";

    /** '#' for both means and four percentiles; Actors: '**' employment, '*' annual mean, hourly figures only. */
    private static final String RELEASE_2020 = HEADER + """
            29-1211,Anesthesiologists,detailed,"31,130",#,#,85.10,#,#,#,#,"177,010",#,#,#,#,,
            27-2011,Actors,detailed,**,27.73,*,12.18,17.69,23.33,33.92,48.49,*,*,*,*,*,,TRUE
            """;

    /** The next release: the anesthesiologists' means are published as numbers, the actors' employment too. */
    private static final String RELEASE_2021 = HEADER + """
            29-1211,Anesthesiologists,detailed,"30,590",159.23,"331,190",88.12,#,#,#,#,"183,290",#,#,#,#,,
            27-2011,Actors,detailed,"51,310",37.13,*,12.50,17.95,23.88,35.10,50.21,*,*,*,*,*,,TRUE
            """;

    /** 2020 and 2021 alike: the 10th percentile published, every other one at or above the top code ('#'). */
    private static String anesthesiologistsPercentiles(int annual10th, String hourly10th) {
        return """
                [{"percentile":10,"annual":%d,"hourly":%s,"annualStatus":"reported","hourlyStatus":"reported"},
                 {"percentile":25,"annual":239200,"hourly":115.00,"annualStatus":"top-coded","hourlyStatus":"top-coded"},
                 {"percentile":50,"annual":239200,"hourly":115.00,"annualStatus":"top-coded","hourlyStatus":"top-coded"},
                 {"percentile":75,"annual":239200,"hourly":115.00,"annualStatus":"top-coded","hourlyStatus":"top-coded"},
                 {"percentile":90,"annual":239200,"hourly":115.00,"annualStatus":"top-coded","hourlyStatus":"top-coded"}]"""
                .formatted(annual10th, hourly10th);
    }

    private static final String ANESTHESIOLOGISTS_2021 = """
            {"dataYear":2021,"employment":30590,"employmentStatus":"reported",
             "annualMeanWage":331190,"annualMeanWageStatus":"reported",
             "hourlyMeanWage":159.23,"hourlyMeanWageStatus":"reported",
             "percentiles":""" + anesthesiologistsPercentiles(183290, "88.12") + """
            ,"sources":[]}""";

    private static final String ANESTHESIOLOGISTS_2020 = """
            {"dataYear":2020,"employment":31130,"employmentStatus":"reported",
             "annualMeanWage":239200,"annualMeanWageStatus":"top-coded",
             "hourlyMeanWage":115.00,"hourlyMeanWageStatus":"top-coded",
             "percentiles":""" + anesthesiologistsPercentiles(177010, "85.10") + """
            ,"sources":[]}""";

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
            st.execute("DELETE FROM national_wage WHERE data_year IN (2020, 2021)");
            st.execute("DELETE FROM occupation WHERE soc_code IN ('29-1211', '27-2011', '29-1299')");
        }
    }

    private void importRelease(int year, String csv) {
        http.post().uri("/api/v1/occupations/imports?year={year}", year).contentType(MediaType.parseMediaType("text/csv"))
                .headers(TestTokens.bearer(TestTokens.writer())).bodyValue(csv.getBytes(StandardCharsets.UTF_8))
                .exchange()
                .expectStatus().isOk();
    }

    private WebTestClient.ResponseSpec put(String path, String json) {
        return http.put().uri(path).contentType(MediaType.APPLICATION_JSON)
                .headers(TestTokens.bearer(TestTokens.writer())).bodyValue(json).exchange();
    }

    @Test
    void servesEveryImportedYearNewestFirstWithAStatusPerFigure() {
        importRelease(2020, RELEASE_2020);
        importRelease(2021, RELEASE_2021);

        http.get().uri("/api/v1/occupations/29-1211/wages").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).isEqualTo(compact("""
                        {"socCode":"29-1211","title":"Anesthesiologists","years":["""
                        + ANESTHESIOLOGISTS_2021 + "," + ANESTHESIOLOGISTS_2020 + "]}"));
        // '**' employment and '*' mean are null and not-available, never 0; an hourly-only row has no annual figures
        http.get().uri("/api/v1/occupations/27-2011/wages").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).isEqualTo(compact("""
                        {"socCode":"27-2011","title":"Actors","years":[
                          {"dataYear":2021,"employment":51310,"employmentStatus":"reported",
                           "annualMeanWage":null,"annualMeanWageStatus":"not-available",
                           "hourlyMeanWage":37.13,"hourlyMeanWageStatus":"reported",
                           "percentiles":[
                            {"percentile":10,"annual":null,"hourly":12.50,"annualStatus":"not-available","hourlyStatus":"reported"},
                            {"percentile":25,"annual":null,"hourly":17.95,"annualStatus":"not-available","hourlyStatus":"reported"},
                            {"percentile":50,"annual":null,"hourly":23.88,"annualStatus":"not-available","hourlyStatus":"reported"},
                            {"percentile":75,"annual":null,"hourly":35.10,"annualStatus":"not-available","hourlyStatus":"reported"},
                            {"percentile":90,"annual":null,"hourly":50.21,"annualStatus":"not-available","hourlyStatus":"reported"}],
                           "sources":[]},
                          {"dataYear":2020,"employment":null,"employmentStatus":"not-available",
                           "annualMeanWage":null,"annualMeanWageStatus":"not-available",
                           "hourlyMeanWage":27.73,"hourlyMeanWageStatus":"reported",
                           "percentiles":[
                            {"percentile":10,"annual":null,"hourly":12.18,"annualStatus":"not-available","hourlyStatus":"reported"},
                            {"percentile":25,"annual":null,"hourly":17.69,"annualStatus":"not-available","hourlyStatus":"reported"},
                            {"percentile":50,"annual":null,"hourly":23.33,"annualStatus":"not-available","hourlyStatus":"reported"},
                            {"percentile":75,"annual":null,"hourly":33.92,"annualStatus":"not-available","hourlyStatus":"reported"},
                            {"percentile":90,"annual":null,"hourly":48.49,"annualStatus":"not-available","hourlyStatus":"reported"}],
                           "sources":[]}]}"""));
        // the occupation read serves the latest year in the same shape
        http.get().uri("/api/v1/occupations/29-1211").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).isEqualTo(compact("""
                        {"socCode":"29-1211","title":"Anesthesiologists","dataYear":2021,"employment":30590,
                         "employmentStatus":"reported","annualMeanWage":331190,"annualMeanWageStatus":"reported",
                         "hourlyMeanWage":159.23,"hourlyMeanWageStatus":"reported","percentiles":"""
                        + anesthesiologistsPercentiles(183290, "88.12") + """
                        ,"projectedGrowth":null,"sources":[],"version":0,"figuresVersion":0}"""));
        // and one year as the edit read serves it, top-coded means included
        http.get().uri("/api/v1/occupations/29-1211/wages/2020").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).isEqualTo(compact("""
                        {"socCode":"29-1211","dataYear":2020,"employment":31130,"employmentStatus":"reported",
                         "annualMeanWage":239200,"annualMeanWageStatus":"top-coded",
                         "hourlyMeanWage":115.00,"hourlyMeanWageStatus":"top-coded",
                         "percentiles":""" + anesthesiologistsPercentiles(177010, "85.10") + """
                        ,"sources":[],"version":0}"""));
    }

    @Test
    void anImportOrAnEditOfTheOccupationIsServedByTheHistoryAtOnce() {
        put("/api/v1/occupations/29-1211", "{\"title\":\"Anesthesiologists\"}").expectStatus().isCreated();
        // read (and cached) before any figures exist
        http.get().uri("/api/v1/occupations/29-1211/wages").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).isEqualTo("{\"socCode\":\"29-1211\",\"title\":\"Anesthesiologists\",\"years\":[]}");

        importRelease(2020, RELEASE_2020);
        http.get().uri("/api/v1/occupations/29-1211/wages").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).isEqualTo(compact("""
                        {"socCode":"29-1211","title":"Anesthesiologists","years":[""" + ANESTHESIOLOGISTS_2020 + "]}"));

        // figures typed by hand are exact: the year's top-coded means become reported ones
        put("/api/v1/occupations/29-1211/wages/2020", """
                {"annualMean":330000,"hourlyMean":158.65,"sources":[3],"version":0,
                 "percentiles":[{"percentile":10,"annual":177010,"hourly":85.10}]}""")
                .expectStatus().isOk();
        http.get().uri("/api/v1/occupations/29-1211/wages").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).isEqualTo(compact("""
                        {"socCode":"29-1211","title":"Anesthesiologists","years":[
                          {"dataYear":2020,"employment":null,"employmentStatus":"not-available",
                           "annualMeanWage":330000,"annualMeanWageStatus":"reported",
                           "hourlyMeanWage":158.65,"hourlyMeanWageStatus":"reported",
                           "percentiles":[
                            {"percentile":10,"annual":177010,"hourly":85.10,"annualStatus":"reported","hourlyStatus":"reported"},
                            {"percentile":25,"annual":null,"hourly":null,"annualStatus":"not-available","hourlyStatus":"not-available"},
                            {"percentile":50,"annual":null,"hourly":null,"annualStatus":"not-available","hourlyStatus":"not-available"},
                            {"percentile":75,"annual":null,"hourly":null,"annualStatus":"not-available","hourlyStatus":"not-available"},
                            {"percentile":90,"annual":null,"hourly":null,"annualStatus":"not-available","hourlyStatus":"not-available"}],
                           "sources":[3]}]}"""));
    }

    @Test
    void servesAnOccupationWithoutFiguresWithEveryKeyPresentAndNullFigures() {
        put("/api/v1/occupations/29-1299", "{\"title\":\"Anesthesiologists and Surgeons, All Other\"}")
                .expectStatus().isCreated();
        http.get().uri("/api/v1/occupations/29-1299").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).isEqualTo(compact("""
                        {"socCode":"29-1299","title":"Anesthesiologists and Surgeons, All Other","dataYear":null,
                         "employment":null,"employmentStatus":"not-available",
                         "annualMeanWage":null,"annualMeanWageStatus":"not-available",
                         "hourlyMeanWage":null,"hourlyMeanWageStatus":"not-available",
                         "percentiles":[],"projectedGrowth":null,"sources":[],"version":0,"figuresVersion":null}"""));
        http.get().uri("/api/v1/occupations/29-1299/wages").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).isEqualTo(compact("""
                        {"socCode":"29-1299","title":"Anesthesiologists and Surgeons, All Other","years":[]}"""));
        http.get().uri("/api/v1/occupations?q=29-1299").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).isEqualTo(compact("""
                        {"items":[{"socCode":"29-1299","title":"Anesthesiologists and Surgeons, All Other","dataYear":null}],
                         "page":0,"size":20,"totalItems":1,"totalPages":1}"""));
    }
}
