package com.salaryguide.gateway.offer;

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

/** POST /api/v1/guides/{slug}/offer-evaluations against the services stubbed over HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
class OfferEvaluationApiTest {

    private static final String PATH = "/api/v1/guides/machine-learning-engineer/offer-evaluations";

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

    private WebTestClient.ResponseSpec post(String json) {
        return http.post().uri(PATH).contentType(MediaType.APPLICATION_JSON).bodyValue(json).exchange();
    }

    @Test
    void evaluatesAnOfferOf150000InCaliforniaWithFourYears() {
        post("""
                {"annualBase":150000,"state":"CA","yearsOfExperience":4}""")
                .expectStatus().isOk()
                .expectBody()
                .json("""
                        {"annualBase":150000,
                         "classifications":[{"socCode":"15-2051","percentileRank":71.6,"position":"within"},
                                            {"socCode":"15-1252","percentileRank":61.8,"position":"within"}],
                         "experienceLevel":{"level":"mid","baseSalary":{"min":130000,"max":170000},"position":"within"},
                         "location":{"state":"CA","annualMeanWage":158400,"ratioToMean":0.947},
                         "suggestedCounter":{"min":158000,"max":170000},
                         "unavailableSections":[]}""")
                .jsonPath("$.talkingPoints.length()").isEqualTo(5);
    }

    @Test
    void rejectsBadFieldsNamingEachOne() {
        // values of the right types but out of bounds: every one named in one answer
        post("""
                {"annualBase":150000,"state":"California","yearsOfExperience":-1,"metro":"\\u0007"}""")
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.errors[*].field").isEqualTo(java.util.List.of("metro", "state", "yearsOfExperience"));
        // a value of the wrong type, or a field an offer does not have, is named as the body is read
        post("""
                {"annualBase":"150000"}""")
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("annualBase");
        post("""
                {"annualBase":150000,"bonus":5}""")
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("bonus")
                .jsonPath("$.errors[0].message").isEqualTo("is not a known field");
    }

    @Test
    void rejectsMissingZeroNegativeFractionalAndAbsurdSalaries() {
        for (String body : new String[] {"{}", "{\"annualBase\":null}", "{\"annualBase\":0}",
                "{\"annualBase\":-150000}", "{\"annualBase\":150000.5}", "{\"annualBase\":10000001}",
                "{\"annualBase\":1e400}", "{\"annualBase\":99999999999999999999999}"}) {
            post(body).expectStatus().isBadRequest()
                    .expectBody().jsonPath("$.errors[0].field").isEqualTo("annualBase");
        }
    }

    @Test
    void rejectsAnUnknownStateNamingTheField() {
        post("""
                {"annualBase":150000,"state":"ZZ"}""")
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field").isEqualTo("state")
                .jsonPath("$.errors[0].message").isEqualTo("is not a known state: ZZ");
    }

    @Test
    void rejectsMalformedJsonAndOtherMediaTypes() {
        post("{\"annualBase\":").expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        post("[150000]").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("body");
        http.post().uri(PATH).contentType(MediaType.TEXT_PLAIN).bodyValue("150000").exchange()
                .expectStatus().isEqualTo(415);
    }

    @Test
    void aDownWageServiceLeavesTheRestOfTheEvaluation() {
        StubbedServices.WAGE.mode(StubService.Mode.FAILING);
        post("""
                {"annualBase":150000,"yearsOfExperience":4}""")
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.unavailableSections[0]").isEqualTo("classifications")
                .jsonPath("$.experienceLevel.level").isEqualTo("mid")
                .jsonPath("$.suggestedCounter.min").isEqualTo(158000);
    }

    @Test
    void answersServiceUnavailableWhenTheStateCannotBeCheckedAndNeverAcceptsIt() {
        StubbedServices.GEOGRAPHY.mode(StubService.Mode.FAILING);
        post("""
                {"annualBase":150000,"state":"ZZ"}""")
                .expectStatus().isEqualTo(503)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueEquals("Retry-After", "5")
                .expectBody().jsonPath("$.type").isEqualTo("/problems/unavailable");
        // without a state nothing needs checking, so the evaluation goes on
        post("""
                {"annualBase":150000}""")
                .expectStatus().isOk()
                .expectBody().jsonPath("$.unavailableSections").isEmpty();
    }

    @Test
    void answersUnknownGuideWithNotFound() {
        http.post().uri("/api/v1/guides/data-engineer/offer-evaluations").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"annualBase\":150000}").exchange()
                .expectStatus().isNotFound();
    }
}
