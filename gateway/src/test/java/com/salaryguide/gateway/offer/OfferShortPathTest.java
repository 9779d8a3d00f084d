package com.salaryguide.gateway.offer;

import static org.assertj.core.api.Assertions.assertThat;

import com.salaryguide.gateway.support.ShortPathCounts;
import com.salaryguide.gateway.support.StubbedServices;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * An anonymous offer evaluation of an editorial guide is answered on the gateway's short path; what it cannot answer
 * (a body that does not validate, an unknown area, a request with a token) the controller answers, and a request
 * handed over that way is counted against the client's budget once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
class OfferShortPathTest {

    private static final String PATH = "/api/v1/guides/machine-learning-engineer/offer-evaluations";

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        StubbedServices.register(registry);
        registry.add("salaryguide.rate-limit.capacity", () -> "1000");
        registry.add("salaryguide.rate-limit.refill-tokens", () -> "1");
        registry.add("salaryguide.rate-limit.refill-period", () -> "1h");
    }

    @Autowired
    WebTestClient http;

    @Autowired
    MeterRegistry meters;

    private WebTestClient.ResponseSpec post(String json) {
        return http.post().uri(PATH).contentType(MediaType.APPLICATION_JSON).bodyValue(json).exchange();
    }

    @Test
    void aValidOfferIsAnsweredOnTheShortPathWithTheGatewaysHeaders() {
        double before = answers("200");
        post("{\"annualBase\":150000,\"state\":\"CA\",\"yearsOfExperience\":4}")
                .expectStatus().isOk()
                .expectHeader().contentType(MediaType.APPLICATION_JSON)
                .expectHeader().valueMatches("X-Trace-Id", "[0-9a-f]{32}")
                .expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
                .expectBody()
                .jsonPath("$.classifications[0].percentileRank").isEqualTo(71.6)
                .jsonPath("$.unavailableSections").isEmpty();
        assertThat(ShortPathCounts.once(meters, "guide-offer", "200", before + 1)).isEqualTo(before + 1);
    }

    @Test
    void whatTheShortPathCannotAnswerTheControllerDoesCountingTheBudgetOnce() {
        long remaining = Long.parseLong(post("{\"annualBase\":150000}").expectStatus().isOk()
                .returnResult(String.class).getResponseHeaders().getFirst("X-RateLimit-Remaining"));
        post("{\"annualBase\":150000,\"state\":\"ZZ\"}")
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueEquals("X-RateLimit-Remaining", Long.toString(remaining - 1))
                .expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("state");
        post("{\"annualBase\":\"150000\"}")
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("annualBase");
        post("{\"annualBase\":150000,\"bonus\":1}")
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("bonus");
        post("{\"annualBase\":0}")
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("annualBase");
        http.post().uri("/api/v1/guides/no-such-guide/offer-evaluations").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"annualBase\":150000}").exchange()
                .expectStatus().isNotFound();
    }

    @Test
    void aRequestWithATokenTakesTheFullChainWhichChecksIt() {
        http.post().uri(PATH).contentType(MediaType.APPLICATION_JSON).header("Authorization", "Bearer not-a-token")
                .bodyValue("{\"annualBase\":150000}").exchange()
                .expectStatus().isUnauthorized();
    }

    private double answers(String status) {
        return ShortPathCounts.of(meters, "guide-offer", status);
    }
}
