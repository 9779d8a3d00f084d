package com.salaryguide.gateway.occupation;

import java.util.List;

import com.salaryguide.gateway.support.StubService;
import com.salaryguide.gateway.support.StubbedServices;
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
 * The data guide of any occupation, the area-aware offer evaluation and the wage comparison, against the three
 * services stubbed over HTTP (software developers in Austin and Texas), including a dead service for each.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
class AnyOccupationApiTest {

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        StubbedServices.register(registry);
    }

    @Autowired
    WebTestClient http;

    @AfterEach
    void restore() {
        StubbedServices.allUp();
    }

    @Test
    void assemblesTheDataGuideOfAnOccupationInAnArea() {
        http.get().uri("/api/v1/guides/occupations/15-1252?area=12420").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.socCode").isEqualTo("15-1252")
                .jsonPath("$.title").isEqualTo("Software Developers")
                .jsonPath("$.dataYear").isEqualTo(2024)
                .jsonPath("$.area.name").isEqualTo("Austin-Round Rock-San Marcos, TX")
                .jsonPath("$.national.percentiles[2].annual").isEqualTo(133080)
                .jsonPath("$.national.percentiles[0].hourly").isEqualTo(38.39)
                .jsonPath("$.national.employmentStatus").isEqualTo("not-available")
                .jsonPath("$.national.employment").isEmpty()
                .jsonPath("$.inArea.percentiles[2].annual").isEqualTo(142000)
                .jsonPath("$.inArea.locationQuotient").isEqualTo(1.87)
                .jsonPath("$.inArea.jobsPer1000").isEqualTo(27.4)
                .jsonPath("$.topStates.byAnnualMean[0].code").isEqualTo("CA")
                .jsonPath("$.topStates.byAnnualMedian[1].annualMedianWage").isEqualTo(165030)
                .jsonPath("$.topMetros.byAnnualMean[2].code").isEqualTo("12420")
                .jsonPath("$.mostConcentrated[0].locationQuotient").isEqualTo(4.12)
                .jsonPath("$.medianByYear.items[0].dataYear").isEqualTo(2024)
                .jsonPath("$.medianByYear.items[1].annualMedianWage").isEqualTo(132270)
                .jsonPath("$.medianByYear.note").value(note -> org.assertj.core.api.Assertions
                        .assertThat((String) note).contains("not a time series"))
                .jsonPath("$.editorialGuides[0].slug").isEqualTo("machine-learning-engineer")
                .jsonPath("$.editorialGuides[0].role").isEqualTo("upper-bound")
                .jsonPath("$.editorialGuides[0].href").isEqualTo("/api/v1/guides/machine-learning-engineer")
                .jsonPath("$.unavailableSections").isEmpty()
                .jsonPath("$.dataGaps").isEmpty();
    }

    @Test
    void saysSoWhenBlsPublishesNothingForTheOccupationInTheArea() {
        http.get().uri("/api/v1/guides/occupations/15-1252?area=GU").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.inArea").isEmpty()
                .jsonPath("$.dataGaps[0].section").isEqualTo("inArea")
                .jsonPath("$.dataGaps[0].item").isEqualTo("GU")
                .jsonPath("$.unavailableSections").isEmpty();
    }

    @Test
    void aDataGuideDegradesPerSectionWhenGeographyIsDown() {
        StubbedServices.GEOGRAPHY.mode(StubService.Mode.FAILING);
        http.get().uri("/api/v1/guides/occupations/15-1252").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.national.percentiles[4].annual").isEqualTo(211450)
                .jsonPath("$.unavailableSections").isEqualTo(List.of("topStates", "topMetros", "mostConcentrated"))
                .jsonPath("$.topStates").isEmpty()
                .jsonPath("$.medianByYear.items.length()").isEqualTo(2);
        // the area asked for cannot be checked: 503, never an unchecked answer
        http.get().uri("/api/v1/guides/occupations/15-1252?area=12420").exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().exists("Retry-After");
    }

    @Test
    void answersNotFoundForAnUnknownOccupationAndBadRequestForABadCodeOrArea() {
        http.get().uri("/api/v1/guides/occupations/99-9999").exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        http.get().uri("/api/v1/guides/occupations/nope").exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("soc");
        http.get().uri("/api/v1/guides/occupations/15-1252?area=ZZ").exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("area");
    }

    @Test
    void evaluatesAnOfferInAMetroNamedByItsTitle() {
        http.post().uri("/api/v1/offer-evaluations").contentType(MediaType.APPLICATION_JSON).bodyValue("""
                {"occupation":"15-1252","area":"Austin-Round Rock-San Marcos, TX","annualBase":150000,
                 "bonus":15000,"equityPerYear":40000,"signingBonus":20000}""").exchange()
                .expectStatus().isOk()
                .expectBody()
                .json("""
                        {"occupation":{"socCode":"15-1252","title":"Software Developers"},
                         "area":{"code":"12420","areaType":"metro","name":"Austin-Round Rock-San Marcos, TX","state":"TX"},
                         "annualBase":150000,
                         "inArea":{"areaCode":"12420","dataYear":2024,"percentileRank":56.1,"position":"within",
                                   "atOrAbovePercentile":null},
                         "national":{"areaCode":"US","dataYear":2024,"percentileRank":61.8,"position":"within"},
                         "suggestedCounter":{"min":175000,"max":210000,"maxAtLeast":null},
                         "counterBasis":{"areaCode":"12420","fromPercentile":75,"toPercentile":90},
                         "totalCompensation":{"annualBase":150000,"bonus":15000,"equityPerYear":40000,
                                              "signingBonusPerYear":5000,"total":210000},
                         "unavailableSections":[],"dataGaps":[]}""")
                .jsonPath("$.talkingPoints.length()").isEqualTo(4);
    }

    @Test
    void evaluatesAnOfferNationallyByDefault() {
        http.post().uri("/api/v1/offer-evaluations").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"occupation\":\"15-1252\",\"annualBase\":150000}").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.area.code").isEqualTo("US")
                .jsonPath("$.inArea.percentileRank").isEqualTo(61.8)
                .jsonPath("$.national.percentileRank").isEqualTo(61.8)
                .jsonPath("$.suggestedCounter.min").isEqualTo(169000)
                .jsonPath("$.totalCompensation.total").isEqualTo(150000);
    }

    @Test
    void rejectsBadOffersNamingEachField() {
        http.post().uri("/api/v1/offer-evaluations").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"occupation\":\"15-12\",\"annualBase\":0,\"bonus\":-1}").exchange()
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.errors[*].field").value(fields -> org.assertj.core.api.Assertions
                        .assertThat((List<String>) fields).containsExactlyInAnyOrder("annualBase", "bonus",
                                "occupation"));
        http.post().uri("/api/v1/offer-evaluations").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"occupation\":\"99-9999\",\"annualBase\":100000}").exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("occupation");
        http.post().uri("/api/v1/offer-evaluations").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"occupation\":\"15-1252\",\"area\":\"Atlantis\",\"annualBase\":100000}").exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("area");
        http.post().uri("/api/v1/offer-evaluations").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"occupation\":\"15-1252\",\"annualBase\":\"100000\"}").exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("annualBase");
        http.post().uri("/api/v1/offer-evaluations").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"occupation\":\"15-1252\",\"annualBase\":100000,\"salary\":1}").exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("salary");
    }

    @Test
    void comparesOccupationsAcrossAreasSayingWhichCellsHaveNoData() {
        http.get().uri("/api/v1/wages/compare?occupations=15-1252,15-2051&areas=US,TX,12420").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.occupations[1].title").isEqualTo("Data Scientists")
                .jsonPath("$.areas[*].code").isEqualTo(List.of("US", "TX", "12420"))
                .jsonPath("$.rows[0].socCode").isEqualTo("15-1252")
                .jsonPath("$.rows[0].cells[0].annualMedianWage").isEqualTo(133080)
                .jsonPath("$.rows[0].cells[0].annualP10Wage").isEqualTo(79850)
                .jsonPath("$.rows[0].cells[0].locationQuotient").isEmpty()
                .jsonPath("$.rows[0].cells[0].locationQuotientStatus").isEqualTo("not-available")
                .jsonPath("$.rows[0].cells[1].status").isEqualTo("data")
                .jsonPath("$.rows[0].cells[1].annualMedianWage").isEqualTo(131000)
                .jsonPath("$.rows[0].cells[1].annualMeanWage").isEqualTo(135900)
                .jsonPath("$.rows[0].cells[1].annualP90Wage").isEqualTo(198000)
                .jsonPath("$.rows[0].cells[1].employment").isEqualTo(118400)
                .jsonPath("$.rows[0].cells[1].locationQuotient").isEqualTo(0.98)
                .jsonPath("$.rows[0].cells[2].annualMedianWage").isEqualTo(142000)
                .jsonPath("$.rows[1].cells[0].annualMedianWage").isEqualTo(112590)
                .jsonPath("$.rows[1].cells[1].annualMedianWage").isEqualTo(104000)
                .jsonPath("$.rows[1].cells[2].status").isEqualTo("no-data")
                .jsonPath("$.rows[1].cells[2].annualMedianWage").isEmpty()
                .jsonPath("$.rows[1].cells[2].annualMedianWageStatus").isEqualTo("not-available")
                .jsonPath("$.unavailableSections").isEmpty();
    }

    @Test
    void rejectsMoreThanFiveOccupationsOrAreasAndUnknownOnes() {
        http.get().uri("/api/v1/wages/compare?occupations=11-1011,11-1021,11-2011,11-2021,11-2022,11-3011&areas=US")
                .exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("occupations");
        http.get().uri("/api/v1/wages/compare?occupations=15-1252&areas=US,,CA").exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("areas");
        http.get().uri("/api/v1/wages/compare?occupations=15-1252&areas=ZZ").exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("areas");
        http.get().uri("/api/v1/wages/compare?occupations=15-1252").exchange()
                .expectStatus().isBadRequest();
    }
}
