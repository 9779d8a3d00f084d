package com.salaryguide.advice.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.List;

import com.salaryguide.testsupport.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.json.JsonCompareMode;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** The HTTP contract of guide content, on a fresh PostgreSQL database migrated by Flyway. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
class GuideApiTest {

    private static final String GUIDE = "/api/v1/advice/guides/machine-learning-engineer";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestPostgres.register(registry);
    }

    @Autowired
    WebTestClient http;
    @Autowired
    ObjectMapper json;

    @Test
    void listsGuides() {
        http.get().uri("/api/v1/advice/guides").exchange()
                .expectStatus().isOk()
                .expectBody().json("""
                        [{"slug":"machine-learning-engineer","title":"Machine Learning Engineer Salary Guide","year":2026}]""",
                        true);
    }

    /**
     * The whole guide, byte for byte in meaning: every key of every entry (null and [] included), every figure as the
     * seed prints it, every citation where the seed puts it. Compared strictly: no key more, none less, same order of
     * entries.
     */
    @Test
    void servesTheWholeSeedGuideExactly() throws Exception {
        http.get().uri(GUIDE).exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
                .expectBody().json(expectedGuide().toString(), JsonCompareMode.STRICT);
    }

    /** Each section path answers exactly that part of the whole guide. */
    @ParameterizedTest
    @CsvSource({"classifications, classifications", "key-takeaways, keyTakeaways",
            "experience-levels, experienceLevels", "specializations, specializations", "benefits, benefits",
            "negotiation-steps, negotiationSteps", "career-progression, careerProgression",
            "salary-growth, salaryGrowth", "highlights, highlights", "faq, faq", "sources, sources",
            "section-sources, sectionSources"})
    void servesEachSectionAsTheWholeGuideHasIt(String path, String key) throws Exception {
        http.get().uri(GUIDE + "/" + path).exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
                .expectBody().json(expectedGuide().get(key).toString(), JsonCompareMode.STRICT);
    }

    private JsonNode expectedGuide() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/machine-learning-engineer-guide.json")) {
            return json.readTree(in);
        }
    }

    @Test
    void answersUnknownGuideAndSectionWithNotFound() {
        http.get().uri("/api/v1/advice/guides/data-engineer").exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.detail").isEqualTo("No guide data-engineer.");
        http.get().uri("/api/v1/advice/guides/data-engineer/faq").exchange()
                .expectStatus().isNotFound();
        http.get().uri(GUIDE + "/salaries").exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.detail").isEqualTo("No section salaries; sections are benefits,"
                        + " career-progression, classifications, experience-levels, faq, highlights, key-takeaways,"
                        + " negotiation-steps, salary-growth, section-sources, sources, specializations.");
    }

    @Test
    void answersAnUnknownPathWithAPlainNotFoundProblemNamingThePath() {
        for (String path : List.of("/api/v1/nope", "/api/v1/advice/guides/machine-learning-engineer/faq/1")) {
            http.get().uri(path).exchange()
                    .expectStatus().isNotFound()
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody()
                    .jsonPath("$.type").isEqualTo("/problems/not-found")
                    .jsonPath("$.title").isEqualTo("Not Found")
                    .jsonPath("$.status").isEqualTo(404)
                    .jsonPath("$.detail").isEqualTo("No such path: " + path);
        }
        // an encoded line break is refused before routing (400 problem), and never comes back as a control character
        http.get().uri("/api/v1/advice/{name}", "nope\nline").exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(String.class).value(body -> assertThat(body).doesNotContain("\n").doesNotContain("\\n"));
        String longPath = "/api/v1/" + "x".repeat(300);
        http.get().uri(longPath).exchange()
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.detail").isEqualTo("No such path: " + longPath.substring(0, 200) + "...");
    }

    @Test
    void rejectsMalformedSlugNamingTheField() {
        for (String slug : new String[] {"Machine_Learning", "x--y", "-x", "a".repeat(101), "' or '1'='1"}) {
            http.get().uri("/api/v1/advice/guides/{slug}", slug).exchange()
                    .expectStatus().isBadRequest()
                    .expectBody().jsonPath("$.errors[0].field").isEqualTo("slug");
        }
    }
}
