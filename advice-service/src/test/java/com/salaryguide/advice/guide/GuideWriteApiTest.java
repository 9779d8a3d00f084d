package com.salaryguide.advice.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.salaryguide.testsupport.TestPostgres;
import com.salaryguide.testsupport.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;
import tools.jackson.databind.ObjectMapper;

/** Authenticated guide writes: tokens, validation, optimistic locking, all-or-nothing. Uses its own guide slugs. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
class GuideWriteApiTest {

    @DynamicPropertySource
    static void configure(DynamicPropertyRegistry registry) {
        TestPostgres.register(registry);
        registry.add("salaryguide.jwt-secret", () -> TestTokens.SECRET);
    }

    @Autowired
    WebTestClient http;
    @Autowired
    GuideService guides;
    @Autowired
    GuideWriter writer;
    @Autowired
    ObjectMapper json;

    /** Other test classes share this run's database and expect only the seed guide. */
    @AfterEach
    void removeGuidesThisTestCreated() throws Exception {
        try (var connection = TestPostgres.connect(); var st = connection.createStatement()) {
            st.execute("DELETE FROM guide WHERE slug <> 'machine-learning-engineer'");
        }
    }

    /** The seed guide as a draft under another slug. */
    private GuideDraft copyOfSeed(String slug, Long version) {
        GuideContent g = guides.guide("machine-learning-engineer").block();
        return new GuideDraft(slug, "Copy of " + g.title(), g.year(), version, g.intro(), g.classifications(),
                g.keyTakeaways(), g.experienceLevels(), g.specializations(), g.benefits(), g.negotiationSteps(),
                g.careerProgression(), g.salaryGrowth(), g.highlights(), g.faq(), g.sources(), g.sectionSources());
    }

    private WebTestClient.ResponseSpec post(Object body, String token) {
        return http.post().uri("/api/v1/advice/guides").contentType(MediaType.APPLICATION_JSON)
                .headers(TestTokens.bearer(token)).bodyValue(body).exchange();
    }

    @Test
    void refusesWritesWithoutAValidTokenCarryingTheWriteScope() {
        GuideDraft draft = copyOfSeed("unauthorised-guide", null);
        post(draft, null).expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().exists(HttpHeaders.WWW_AUTHENTICATE);
        post(draft, TestTokens.signedWithAnotherKey()).expectStatus().isUnauthorized();
        post(draft, TestTokens.expired()).expectStatus().isUnauthorized();
        post(draft, "not-a-jwt").expectStatus().isUnauthorized();
        post(draft, TestTokens.withoutWriteScope()).expectStatus().isForbidden()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        http.get().uri("/api/v1/advice/guides/unauthorised-guide").exchange().expectStatus().isNotFound();
    }

    @Test
    void tellsEveryCommittedGuideWriteOnItsChangeStreamAndNothingOfARefusedOne() {
        String change = "{\"service\":\"advice-service\",\"kind\":\"guide\",\"key\":\"data-engineer\"}";
        Flux<String> changes = http.get().uri("/internal/changes").accept(MediaType.TEXT_EVENT_STREAM).exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_EVENT_STREAM)
                .returnResult(new ParameterizedTypeReference<ServerSentEvent<String>>() { }).getResponseBody()
                .filter(event -> "change".equals(event.event())).map(ServerSentEvent::data);
        StepVerifier.create(changes)
                .then(() -> post(copyOfSeed("data-engineer", null), TestTokens.writer()).expectStatus().isCreated())
                .expectNext(change)
                .then(() -> {
                    post(copyOfSeed("data-engineer", null), TestTokens.writer()).expectStatus().isEqualTo(409);
                    http.delete().uri("/api/v1/advice/guides/data-engineer?version=0")
                            .header(HttpHeaders.AUTHORIZATION, "Bearer " + TestTokens.writer()).exchange()
                            .expectStatus().isNoContent();
                })
                .as("the refused create tells nothing; the delete does")
                .expectNext(change)
                .thenCancel()
                .verify(Duration.ofSeconds(10));
    }

    @Test
    void createsReplacesAndDeletesAGuideWithVersions() {
        post(copyOfSeed("data-engineer", null), TestTokens.writer())
                .expectStatus().isCreated()
                .expectHeader().valueEquals(HttpHeaders.LOCATION, "/api/v1/advice/guides/data-engineer")
                .expectBody().jsonPath("$.version").isEqualTo(0)
                .jsonPath("$.negotiationSteps[0].figures[1].max").isEqualTo(211450);

        GuideDraft changed = copyOfSeed("data-engineer", 0L);
        List<GuideContent.Faq> faq = new ArrayList<>(changed.faq());
        faq.add(new GuideContent.Faq("Is this a test?", "Yes.", List.of()));
        changed = new GuideDraft(null, "Data Engineer Salary Guide", 2027, 0L, changed.intro(),
                changed.classifications(), changed.keyTakeaways(), changed.experienceLevels(), changed.specializations(),
                changed.benefits(), changed.negotiationSteps(), changed.careerProgression(), changed.salaryGrowth(),
                changed.highlights(), faq, changed.sources(), changed.sectionSources());
        http.put().uri("/api/v1/advice/guides/data-engineer").header(HttpHeaders.AUTHORIZATION, "Bearer " + TestTokens.writer())
                .contentType(MediaType.APPLICATION_JSON).bodyValue(changed).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.version").isEqualTo(1)
                .jsonPath("$.title").isEqualTo("Data Engineer Salary Guide")
                .jsonPath("$.faq.length()").isEqualTo(7);

        // a second writer still holding version 0 loses: 409, and nothing changes
        http.put().uri("/api/v1/advice/guides/data-engineer").header(HttpHeaders.AUTHORIZATION, "Bearer " + TestTokens.writer())
                .contentType(MediaType.APPLICATION_JSON).bodyValue(copyOfSeed(null, 0L)).exchange()
                .expectStatus().isEqualTo(409)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        http.get().uri("/api/v1/advice/guides/data-engineer").exchange()
                .expectBody().jsonPath("$.faq.length()").isEqualTo(7).jsonPath("$.version").isEqualTo(1);

        http.delete().uri("/api/v1/advice/guides/data-engineer?version=0")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + TestTokens.writer()).exchange()
                .expectStatus().isEqualTo(409);
        http.delete().uri("/api/v1/advice/guides/data-engineer?version=1")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + TestTokens.writer()).exchange()
                .expectStatus().isNoContent();
        http.get().uri("/api/v1/advice/guides/data-engineer").exchange().expectStatus().isNotFound();
    }

    @Test
    void rejectsAnExistingSlugWithConflict() {
        post(copyOfSeed("machine-learning-engineer", null), TestTokens.writer()).expectStatus().isEqualTo(409);
    }

    @Test
    void rejectsAnInvalidGuideNamingEveryBadFieldAndWritesNothing() {
        GuideDraft seed = copyOfSeed("invalid-guide", null);
        GuideDraft badFields = new GuideDraft("invalid-guide", "", 1800, null, seed.intro(), seed.classifications(),
                seed.keyTakeaways(), seed.experienceLevels(), seed.specializations(), seed.benefits(),
                seed.negotiationSteps(), seed.careerProgression(), seed.salaryGrowth(), seed.highlights(), seed.faq(),
                seed.sources(), seed.sectionSources());
        post(badFields, TestTokens.writer())
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.errors[*].field").isEqualTo(List.of("title", "year"));

        // once every field is right, the rules across fields: a range upside down, a citation of no source
        List<GuideContent.ExperienceLevel> levels = new ArrayList<>(seed.experienceLevels());
        GuideContent.ExperienceLevel mid = levels.get(1);
        levels.set(1, new GuideContent.ExperienceLevel(mid.level(), mid.title(), mid.minYears(), mid.maxYears(),
                new GuideContent.Range(170000L, 130000L, null), mid.phdBaseSalary(), mid.totalCompensation(),
                mid.benchmark(), mid.summary(), List.of(99)));
        GuideDraft badAcrossFields = new GuideDraft("invalid-guide", seed.title(), seed.year(), null, seed.intro(),
                seed.classifications(), seed.keyTakeaways(), levels, seed.specializations(), seed.benefits(),
                seed.negotiationSteps(), seed.careerProgression(), seed.salaryGrowth(), seed.highlights(), seed.faq(),
                seed.sources(), seed.sectionSources());
        post(badAcrossFields, TestTokens.writer())
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.errors[*].field").isEqualTo(List.of("experienceLevels[1].baseSalary.max",
                        "experienceLevels[1].sources"));
        http.get().uri("/api/v1/advice/guides/invalid-guide").exchange().expectStatus().isNotFound();
    }

    @Test
    void rejectsUnknownFieldsWrongTypesAndMalformedJsonNamingThePath() {
        post("{\"slug\":\"x\",\"titel\":\"typo\"}", TestTokens.writer())
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("titel")
                .jsonPath("$.errors[0].message").isEqualTo("is not a known field");
        post("{\"slug\":\"x\",\"year\":\"soon\"}", TestTokens.writer())
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("year");
        post("{\"slug\":", TestTokens.writer())
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void aWriteThatFailsHalfwayInTheDatabaseLeavesTheGuideAsItWas() throws Exception {
        post(copyOfSeed("rollback-guide", null), TestTokens.writer()).expectStatus().isCreated();
        GuideDraft seed = copyOfSeed(null, 0L);
        List<GuideContent.Faq> faq = new ArrayList<>(seed.faq());
        // passes nothing through the validator: straight to the writer, with a question longer than its column,
        // so the database fails after the guide row was updated and the old sections were deleted
        faq.add(new GuideContent.Faq("?".repeat(600), "answer", List.of()));
        GuideDraft failing = new GuideDraft(null, "Changed title", 2030, 0L, seed.intro(), seed.classifications(),
                seed.keyTakeaways(), seed.experienceLevels(), seed.specializations(), seed.benefits(),
                seed.negotiationSteps(), seed.careerProgression(), seed.salaryGrowth(), seed.highlights(), faq,
                seed.sources(), seed.sectionSources());
        String before = json.writeValueAsString(guides.guide("rollback-guide").block());

        StepVerifier.create(writer.replace("rollback-guide", failing)).expectError().verify();

        assertThat(json.writeValueAsString(guides.guide("rollback-guide").block())).isEqualTo(before);
        try (var connection = TestPostgres.connect();
             var rs = connection.createStatement().executeQuery(
                     "SELECT version, title FROM guide WHERE slug = 'rollback-guide'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getLong(1)).isZero();
            assertThat(rs.getString(2)).startsWith("Copy of");
        }
    }
}
