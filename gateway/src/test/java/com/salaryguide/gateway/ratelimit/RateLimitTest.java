package com.salaryguide.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import com.salaryguide.gateway.support.StubbedServices;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Past the configured budget a client gets 429 with Retry-After, on routed and aggregated paths alike. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
class RateLimitTest {

    @DynamicPropertySource
    static void configure(DynamicPropertyRegistry registry) {
        StubbedServices.register(registry);
        registry.add("salaryguide.rate-limit.capacity", () -> "5");
        registry.add("salaryguide.rate-limit.refill-tokens", () -> "1");
        registry.add("salaryguide.rate-limit.refill-period", () -> "1h");
    }

    @Autowired
    WebTestClient http;

    @Test
    void answersTooManyRequestsWithRetryAfterPastTheBudget() {
        for (int i = 0; i < 5; i++) {
            String path = i % 2 == 0 ? "/api/v1/guides" : "/api/v1/occupations/15-2051";
            http.get().uri(path).exchange().expectStatus().isOk()
                    .expectHeader().exists("X-RateLimit-Remaining");
        }
        http.get().uri("/api/v1/guides/machine-learning-engineer").exchange()
                .expectStatus().isEqualTo(429)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueEquals("Retry-After", "3600")
                .expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
                .expectHeader().valueEquals("X-Frame-Options", "DENY")
                .expectHeader().valueEquals("Referrer-Policy", "no-referrer")
                .expectHeader().valueEquals("Cache-Control", "no-cache, no-store, max-age=0, must-revalidate")
                .expectBody().jsonPath("$.status").isEqualTo(429);
        // a routed read (the gateway's short path) spends the same budget
        http.get().uri("/api/v1/occupations/15-2051").exchange()
                .expectStatus().isEqualTo(429)
                .expectHeader().valueEquals("Retry-After", "3600")
                .expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        // health probes are not part of the API budget
        http.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();
        assertThat(StubbedServices.ADVICE.requests()).isPositive();
    }
}
