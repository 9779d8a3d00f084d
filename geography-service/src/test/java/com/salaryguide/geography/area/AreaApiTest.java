package com.salaryguide.geography.area;

import com.salaryguide.testsupport.TestPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.json.JsonCompareMode;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The HTTP contract of the area endpoints, on a fresh PostgreSQL database migrated by Flyway. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
class AreaApiTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestPostgres.register(registry);
    }

    @Autowired
    WebTestClient http;

    @Test
    void returnsTheGuidesTopTenStatesByMeanWageExactly() {
        http.get().uri("/api/v1/geography/states?occupation=machine-learning-engineer").exchange()
                .expectStatus().isOk()
                .expectBody()
                .json("""
                        {"occupation":"machine-learning-engineer","areaType":"state","dataYear":2026,"sort":"annualMeanWage","totalRanked":10,
                         "items":[
                          {"rank":1,"code":"CA","name":"California","annualMeanWage":158400,"annualMeanWageStatus":"reported","annualMedianWage":null,"annualMedianWageStatus":"not-available","dataYear":2026,"sources":[6],"version":0},
                          {"rank":2,"code":"WA","name":"Washington","annualMeanWage":154200,"annualMeanWageStatus":"reported","annualMedianWage":null,"annualMedianWageStatus":"not-available","dataYear":2026,"sources":[6],"version":0},
                          {"rank":3,"code":"NY","name":"New York","annualMeanWage":146800,"annualMeanWageStatus":"reported","annualMedianWage":null,"annualMedianWageStatus":"not-available","dataYear":2026,"sources":[6],"version":0},
                          {"rank":4,"code":"MA","name":"Massachusetts","annualMeanWage":142400,"annualMeanWageStatus":"reported","annualMedianWage":null,"annualMedianWageStatus":"not-available","dataYear":2026,"sources":[6],"version":0},
                          {"rank":5,"code":"NJ","name":"New Jersey","annualMeanWage":138600,"annualMeanWageStatus":"reported","annualMedianWage":null,"annualMedianWageStatus":"not-available","dataYear":2026,"sources":[6],"version":0},
                          {"rank":6,"code":"VA","name":"Virginia","annualMeanWage":134200,"annualMeanWageStatus":"reported","annualMedianWage":null,"annualMedianWageStatus":"not-available","dataYear":2026,"sources":[6],"version":0},
                          {"rank":7,"code":"MD","name":"Maryland","annualMeanWage":131800,"annualMeanWageStatus":"reported","annualMedianWage":null,"annualMedianWageStatus":"not-available","dataYear":2026,"sources":[6],"version":0},
                          {"rank":8,"code":"CO","name":"Colorado","annualMeanWage":128400,"annualMeanWageStatus":"reported","annualMedianWage":null,"annualMedianWageStatus":"not-available","dataYear":2026,"sources":[6],"version":0},
                          {"rank":9,"code":"TX","name":"Texas","annualMeanWage":124600,"annualMeanWageStatus":"reported","annualMedianWage":null,"annualMedianWageStatus":"not-available","dataYear":2026,"sources":[6],"version":0},
                          {"rank":10,"code":"IL","name":"Illinois","annualMeanWage":122200,"annualMeanWageStatus":"reported","annualMedianWage":null,"annualMedianWageStatus":"not-available","dataYear":2026,"sources":[6],"version":0}]}""", JsonCompareMode.STRICT);
    }

    @Test
    void returnsTheGuidesTopTenMetrosByMeanWageExactly() {
        http.get().uri("/api/v1/geography/metros?occupation=machine-learning-engineer&limit=10").exchange()
                .expectStatus().isOk()
                .expectBody()
                .json("""
                        {"occupation":"machine-learning-engineer","areaType":"metro","dataYear":2026,"sort":"annualMeanWage","totalRanked":10,
                         "items":[
                          {"rank":1,"code":"41940","name":"San Jose-Sunnyvale-Santa Clara, CA","annualMeanWage":178200,"annualMeanWageStatus":"reported","annualMedianWage":null,"annualMedianWageStatus":"not-available","dataYear":2026,"sources":[6],"version":0},
                          {"rank":2,"code":"41860","name":"San Francisco-Oakland-Berkeley, CA","annualMeanWage":172400,"annualMeanWageStatus":"reported","annualMedianWage":null,"annualMedianWageStatus":"not-available","dataYear":2026,"sources":[6],"version":0},
                          {"rank":3,"code":"42660","name":"Seattle-Tacoma-Bellevue, WA","annualMeanWage":164800,"annualMeanWageStatus":"reported","annualMedianWage":null,"annualMedianWageStatus":"not-available","dataYear":2026,"sources":[6],"version":0},
                          {"rank":4,"code":"35620","name":"New York-Newark-Jersey City, NY-NJ-PA","annualMeanWage":155200,"annualMeanWageStatus":"reported","annualMedianWage":null,"annualMedianWageStatus":"not-available","dataYear":2026,"sources":[6],"version":0},
                          {"rank":5,"code":"14460","name":"Boston-Cambridge-Nashua, MA-NH","annualMeanWage":148600,"annualMeanWageStatus":"reported","annualMedianWage":null,"annualMedianWageStatus":"not-available","dataYear":2026,"sources":[6],"version":0},
                          {"rank":6,"code":"47900","name":"Washington-Arlington-Alexandria, DC-VA-MD","annualMeanWage":142400,"annualMeanWageStatus":"reported","annualMedianWage":null,"annualMedianWageStatus":"not-available","dataYear":2026,"sources":[6],"version":0},
                          {"rank":7,"code":"12420","name":"Austin-Round Rock-Georgetown, TX","annualMeanWage":136800,"annualMeanWageStatus":"reported","annualMedianWage":null,"annualMedianWageStatus":"not-available","dataYear":2026,"sources":[6],"version":0},
                          {"rank":8,"code":"38300","name":"Pittsburgh, PA","annualMeanWage":132200,"annualMeanWageStatus":"reported","annualMedianWage":null,"annualMedianWageStatus":"not-available","dataYear":2026,"sources":[6],"version":0},
                          {"rank":9,"code":"19740","name":"Denver-Aurora-Lakewood, CO","annualMeanWage":130400,"annualMeanWageStatus":"reported","annualMedianWage":null,"annualMedianWageStatus":"not-available","dataYear":2026,"sources":[6],"version":0},
                          {"rank":10,"code":"39580","name":"Raleigh-Cary, NC","annualMeanWage":126800,"annualMeanWageStatus":"reported","annualMedianWage":null,"annualMedianWageStatus":"not-available","dataYear":2026,"sources":[6],"version":0}]}""", JsonCompareMode.STRICT);
    }

    @Test
    void theGuidesFiguresHaveNoMedianSoRankingByMedianRanksNone() {
        http.get().uri("/api/v1/geography/states?occupation=machine-learning-engineer&sort=annualMedianWage").exchange()
                .expectStatus().isOk()
                .expectBody().json("""
                        {"occupation":"machine-learning-engineer","areaType":"state","dataYear":2026,
                         "sort":"annualMedianWage","totalRanked":0,"items":[]}""", JsonCompareMode.STRICT);
    }

    @Test
    void limitsTheRankingAndReportsHowManyAreRanked() {
        http.get().uri("/api/v1/geography/states?occupation=machine-learning-engineer&limit=2").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.items.length()").isEqualTo(2)
                .jsonPath("$.totalRanked").isEqualTo(10)
                .jsonPath("$.items[1].code").isEqualTo("WA");
    }

    @Test
    void findsOneStateWithItsRankCaseInsensitively() {
        http.get().uri("/api/v1/geography/states/ma?occupation=machine-learning-engineer").exchange()
                .expectStatus().isOk()
                .expectBody()
                .json("""
                        {"rank":4,"occupation":"machine-learning-engineer",
                         "area":{"code":"MA","areaType":"state","name":"Massachusetts","state":"MA"},"dataYear":2026,
                         "employment":null,"employmentStatus":"not-available","jobsPer1000":null,
                         "jobsPer1000Status":"not-available","locationQuotient":null,"locationQuotientStatus":"not-available",
                         "annualMeanWage":142400,"annualMeanWageStatus":"reported","hourlyMeanWage":null,
                         "hourlyMeanWageStatus":"not-available","percentiles":[],"sources":[6],"version":0}""",
                        JsonCompareMode.STRICT);
    }

    @Test
    void findsSeededAreasWithTheirStates() {
        http.get().uri("/api/v1/geography/areas/47900").exchange()
                .expectStatus().isOk()
                .expectBody().json("""
                        {"code":"47900","areaType":"metro","name":"Washington-Arlington-Alexandria, DC-VA-MD","state":"DC"}""",
                        JsonCompareMode.STRICT);
        http.get().uri("/api/v1/geography/areas/{name}", "raleigh-cary, nc").exchange()
                .expectStatus().isOk()
                .expectBody().json("""
                        {"code":"39580","areaType":"metro","name":"Raleigh-Cary, NC","state":"NC"}""", JsonCompareMode.STRICT);
    }

    @Test
    void findsOneMetroByCbsaCodeOrByName() {
        http.get().uri("/api/v1/geography/metros/38300?occupation=machine-learning-engineer").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.annualMeanWage").isEqualTo(132200).jsonPath("$.rank").isEqualTo(8);
        http.get().uri("/api/v1/geography/metros/{name}?occupation=machine-learning-engineer",
                        "seattle-tacoma-bellevue, wa").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.area.code").isEqualTo("42660").jsonPath("$.annualMeanWage").isEqualTo(164800);
    }

    @Test
    void tellsAKnownStateWithoutFiguresFromAnUnknownState() {
        http.get().uri("/api/v1/geography/states/OH").exchange()
                .expectStatus().isOk()
                .expectBody().json("""
                        {"code":"OH","areaType":"state","name":"Ohio","state":"OH"}""", JsonCompareMode.STRICT);
        http.get().uri("/api/v1/geography/states/OH?occupation=machine-learning-engineer").exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.detail")
                .isEqualTo("No wage figures for occupation machine-learning-engineer in Ohio.");
        http.get().uri("/api/v1/geography/states/ZZ").exchange()
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.detail").isEqualTo("No state or territory ZZ.");
        http.get().uri("/api/v1/geography/states/pr").exchange()
                .expectStatus().isOk()
                .expectBody().json("""
                        {"code":"PR","areaType":"territory","name":"Puerto Rico","state":"PR"}""", JsonCompareMode.STRICT);
    }

    @Test
    void answersUnknownOccupationWithNotFound() {
        http.get().uri("/api/v1/geography/metros?occupation=99-9999").exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.detail").isEqualTo("No metro wage figures for occupation 99-9999.");
    }

    @Test
    void rejectsBadLimitMissingOrMalformedOccupationAndBadCodes() {
        for (String limit : new String[] {"0", "101", "-1", "ten", "1e3"}) {
            http.get().uri("/api/v1/geography/states?occupation=15-2051&limit={l}", limit).exchange()
                    .expectStatus().isBadRequest()
                    .expectBody().jsonPath("$.errors[0].field").isEqualTo("limit");
        }
        http.get().uri("/api/v1/geography/states").exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("occupation");
        http.get().uri("/api/v1/geography/states?occupation={o}", "'; DROP TABLE area; --").exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("occupation");
        http.get().uri("/api/v1/geography/states/CAL").exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("code");
        http.get().uri("/api/v1/geography/metros/{m}", "!!!").exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("codeOrName");
    }

    @Test
    void refusesWritesWithoutAToken() {
        http.post().uri("/api/v1/geography/states").contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void answersAnUnknownPathWithAPlainNotFoundProblem() {
        http.get().uri("/api/v1/geography/countries").exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("/problems/not-found")
                .jsonPath("$.title").isEqualTo("Not Found")
                .jsonPath("$.detail").isEqualTo("No such path: /api/v1/geography/countries");
    }
}
