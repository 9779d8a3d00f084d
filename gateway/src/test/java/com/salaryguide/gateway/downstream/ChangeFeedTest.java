package com.salaryguide.gateway.downstream;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import com.salaryguide.gateway.guide.GuideDocuments;
import com.salaryguide.gateway.support.StubService;
import com.salaryguide.gateway.support.StubbedServices;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The gateway follows each service's change stream, over real HTTP from a stub service: a change it tells drops
 * the cached guide content at once although the cache TTL is an hour; a stream that closes is opened again and the
 * service's answers dropped, since it may have missed changes; a service whose stream cannot be opened is warned
 * of once, not on every retry, and followed again when it is back.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
@ExtendWith(OutputCaptureExtension.class)
class ChangeFeedTest {

    private static final String GUIDE = "/api/v1/guides/machine-learning-engineer";
    private static final String ADVICE_GUIDE = "/api/v1/advice/guides/machine-learning-engineer";
    private static final String TITLE = "Machine Learning Engineer Salary Guide";
    private static final String REVISED = "Machine Learning Engineer Salary Guide, revised";

    /** advice-service of this test alone: its streams are told changes, ended and failed here. */
    private static final StubService ADVICE = new StubService()
            .serve("/api/v1/advice/guides", "advice-guides.json")
            .serve(ADVICE_GUIDE, "advice-guide.json");

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        StubbedServices.register(registry);
        registry.add("salaryguide.downstream.advice-url", ADVICE::url);
        // only a change can explain a new answer within the test
        registry.add("salaryguide.downstream.cache-ttl", () -> "1h");
        registry.add("salaryguide.downstream.changes.min-backoff", () -> "100ms");
        registry.add("salaryguide.downstream.changes.max-backoff", () -> "200ms");
    }

    @Autowired
    WebTestClient http;

    @Autowired
    GuideDocuments documents;

    @Autowired
    ReadThroughCache cache;

    @AfterEach
    void restore() {
        ADVICE.mode(StubService.Mode.UP);
        ADVICE.serve(ADVICE_GUIDE, "advice-guide.json");
        cache.clear();
        documents.forget();
    }

    @AfterAll
    static void stopStub() {
        ADVICE.close();
    }

    private void guideTitled(String title) {
        http.get().uri(GUIDE).exchange().expectStatus().isOk().expectBody().jsonPath("$.title").isEqualTo(title);
    }

    private static void reviseTheGuide() throws IOException {
        try (var in = StubService.class.getResourceAsStream("/stubs/advice-guide.json")) {
            String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            ADVICE.serveJson(ADVICE_GUIDE, json.replaceFirst("\"title\": \"" + TITLE + "\"",
                    "\"title\": \"" + REVISED + "\""));
        }
    }

    private void followingAdvice(CapturedOutput output) {
        Awaitility.await().atMost(Duration.ofSeconds(10))
                .until(() -> output.getOut().contains("Following the changes of advice-service"));
    }

    @Test
    void aChangeToldByTheServiceDropsTheCachedGuideSoTheNextGuideShowsItsNewAnswer(CapturedOutput output)
            throws IOException {
        followingAdvice(output);
        guideTitled(TITLE);
        reviseTheGuide();
        guideTitled(TITLE);

        ADVICE.tellChange("guide", "machine-learning-engineer");

        Awaitility.await().atMost(Duration.ofSeconds(1)).pollInterval(Duration.ofMillis(50))
                .untilAsserted(() -> guideTitled(REVISED));
    }

    @Test
    void aStreamThatClosesIsOpenedAgainAndTheServicesAnswersDroppedAsItMayHaveMissedChanges(CapturedOutput output)
            throws IOException {
        followingAdvice(output);
        guideTitled(TITLE);
        reviseTheGuide();
        guideTitled(TITLE);

        ADVICE.endChangeStreams();

        Awaitility.await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(50))
                .untilAsserted(() -> guideTitled(REVISED));
        assertThat(output.getOut()).contains("The change stream of advice-service closed");
    }

    @Test
    void aServiceWhoseStreamCannotBeOpenedIsWarnedOfOnceAndFollowedAgainWhenBack(CapturedOutput output)
            throws IOException {
        followingAdvice(output);
        guideTitled(TITLE);
        reviseTheGuide();
        String cannotFollow = "Cannot follow the changes of advice-service";

        ADVICE.mode(StubService.Mode.FAILING);
        ADVICE.endChangeStreams();
        // retried every 100-200 ms meanwhile: a dozen tries, one warning
        Awaitility.await().atMost(Duration.ofSeconds(5)).during(Duration.ofMillis(1500))
                .until(() -> warnings(output, cannotFollow) <= 1);
        assertThat(warnings(output, cannotFollow)).isEqualTo(1);

        ADVICE.mode(StubService.Mode.UP);
        Awaitility.await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(50))
                .untilAsserted(() -> guideTitled(REVISED));
        assertThat(output.getOut()).contains("Following the changes of advice-service again");
        assertThat(warnings(output, cannotFollow)).isEqualTo(1);
    }

    private static long warnings(CapturedOutput output, String text) {
        return output.getOut().lines().filter(line -> line.contains(" WARN ") && line.contains(text)).count();
    }
}
