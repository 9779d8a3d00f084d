package com.salaryguide.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import com.salaryguide.gateway.support.StubService;
import com.salaryguide.gateway.support.StubbedServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Two instances of wage-service, one of which reports ready but cannot serve reads (503): every read is answered
 * by the other, on the first attempt or on the one retry.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
class RoutedReadsAcrossInstancesTest {

    static final StubService CANNOT_SERVE = new StubService();

    @DynamicPropertySource
    static void configure(DynamicPropertyRegistry registry) {
        StubbedServices.register(registry);
        registry.add("salaryguide.downstream.wage-url",
                () -> CANNOT_SERVE.url() + "," + StubbedServices.WAGE.url());
    }

    @Autowired
    WebTestClient http;

    @AfterEach
    void restore() {
        StubbedServices.allUp();
    }

    @Test
    void aReadOneInstanceCannotServeIsAnsweredByAnother() {
        CANNOT_SERVE.mode(StubService.Mode.READS_UNAVAILABLE);
        int before = CANNOT_SERVE.requests();
        for (int i = 0; i < 6; i++) {
            http.get().uri("/api/v1/occupations/15-2051").exchange().expectStatus().isOk();
        }
        // round robin sent some of them to the instance that cannot serve: each was retried on the other
        assertThat(CANNOT_SERVE.requests() - before).isBetween(1, 6);
    }

    @Test
    void whenNoInstanceCanServeTheLastAnswerStands() {
        CANNOT_SERVE.mode(StubService.Mode.READS_UNAVAILABLE);
        StubbedServices.WAGE.mode(StubService.Mode.READS_UNAVAILABLE);
        http.get().uri("/api/v1/occupations/15-2051").exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().valueEquals("X-Content-Type-Options", "nosniff");
    }
}
