package com.salaryguide.advice.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.salaryguide.testsupport.TestPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

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

    @Test
    void listsGuides() {
        http.get().uri("/api/v1/advice/guides").exchange()
                .expectStatus().isOk()
                .expectBody().json("""
                        [{"slug":"machine-learning-engineer","title":"Machine Learning Engineer Salary Guide","year":2026}]""",
                        true);
    }

    @Test
    void servesTheCitedClassificationsWithTheirRoles() {
        http.get().uri(GUIDE + "/classifications").exchange()
                .expectStatus().isOk()
                .expectBody().json("""
                        [{"socCode":"15-2051","role":"baseline","sources":[1,3]},
                         {"socCode":"15-1252","role":"upper-bound","sources":[4,5]}]""");
    }

    @Test
    void servesEveryExperienceLevelFigureAsNumbers() {
        http.get().uri(GUIDE + "/experience-levels").exchange()
                .expectStatus().isOk()
                .expectBody().json("""
                        [{"level":"entry","title":"Entry-Level ML Engineer","minYears":0,"maxYears":2,
                          "baseSalary":{"min":100000,"max":130000},"phdBaseSalary":{"min":130000,"max":160000},
                          "benchmark":{"socCode":"15-2051","fromPercentile":50,"toPercentile":75},"sources":[3]},
                         {"level":"mid","title":"Mid-Level ML Engineer","minYears":3,"maxYears":5,
                          "baseSalary":{"min":130000,"max":170000},
                          "benchmark":{"socCode":"15-1252","fromPercentile":50,"toPercentile":75},"sources":[5]},
                         {"level":"senior","title":"Senior ML Engineer","minYears":6,"maxYears":10,
                          "baseSalary":{"min":170000,"max":220000},"totalCompensation":{"min":300000,"max":500000},
                          "benchmark":{"socCode":"15-1252","fromPercentile":90,"toPercentile":null},"sources":[5]},
                         {"level":"staff","title":"Staff/Principal ML Engineer","minYears":10,"maxYears":null,
                          "baseSalary":{"min":220000,"max":300000},
                          "totalCompensation":{"min":500000,"max":null,"maxAtLeast":1000000},"sources":[]}]""");
    }

    @Test
    void servesSpecializationsWithRangesPremiumsAndOpenTops() {
        http.get().uri(GUIDE + "/specializations").exchange()
                .expectStatus().isOk()
                .expectBody().json("""
                        [{"name":"Large Language Models (LLMs) and Generative AI","premiumPercent":{"min":25,"max":40}},
                         {"name":"Computer Vision","baseSalary":{"min":170000,"max":null,"maxAtLeast":220000}},
                         {"name":"Natural Language Processing (NLP)","percentileRange":{"min":75,"max":90}},
                         {"name":"MLOps and ML Platform Engineering","baseSalary":{"min":140000,"max":190000}},
                         {"name":"Reinforcement Learning","baseSalary":{"min":211450,"max":null},
                          "percentileRange":{"min":90,"max":null},"benchmarkSocCode":"15-1252","sources":[5]}]""");
    }

    @Test
    void servesBenefitsWithTheirAmounts() {
        http.get().uri(GUIDE + "/benefits").exchange()
                .expectStatus().isOk()
                .expectBody().json("""
                        [{"name":"Equity Compensation","amount":{"min":100000,"max":200000},"period":"annual",
                          "percentOfBase":{"min":30,"max":80},"exampleBase":200000},
                         {"name":"Signing Bonus","amount":{"min":20000,"max":100000},"period":"one-time"},
                         {"name":"Research Publication Time"},
                         {"name":"GPU/Compute Budget","amount":{"min":5000,"max":50000},"period":"annual"},
                         {"name":"Conference Budget","amount":{"min":3000,"max":8000},"period":"per-conference"}]""");
    }

    @Test
    void servesTheSevenNegotiationStepsWithTheFiguresTheyQuote() {
        http.get().uri(GUIDE + "/negotiation-steps").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.length()").isEqualTo(7)
                .jsonPath("$[*].step").isEqualTo(java.util.List.of(1, 2, 3, 4, 5, 6, 7))
                .json("""
                        [{"step":1,"sources":[3,5],"figures":[
                            {"unit":"usd-per-year","min":112590,"max":112590,"sources":[3]},
                            {"unit":"usd-per-year","min":169000,"max":211450,"sources":[5]}]},
                         {"step":2,"figures":[{"unit":"percent","min":15,"max":15},
                                              {"unit":"usd","min":50000000,"max":50000000}]},
                         {"step":3},{"step":4},{"step":5},{"step":6},
                         {"step":7,"figures":[{"unit":"usd-per-year","min":10000,"max":null,"maxAtLeast":100000}]}]""");
    }

    @Test
    void servesCareerProgressionAndSalaryGrowth() {
        http.get().uri(GUIDE + "/career-progression").exchange()
                .expectStatus().isOk()
                .expectBody().json("""
                        [{"title":"ML Team Lead","track":"management","baseSalary":{"min":200000,"max":280000}},
                         {"title":"Director of ML","track":"management","baseSalary":{"min":250000,"max":350000}},
                         {"title":"VP of AI","track":"management","baseSalary":{"min":300000,"max":500000}},
                         {"title":"Chief AI Officer","track":"management",
                          "baseSalary":{"min":400000,"max":null,"maxAtLeast":800000}},
                         {"title":"Research Scientist","track":"research"},
                         {"title":"Senior Research Scientist","track":"research"},
                         {"title":"Distinguished Scientist","track":"research"}]""");
        http.get().uri(GUIDE + "/salary-growth").exchange()
                .expectStatus().isOk()
                .expectBody().json("""
                        [{"fromLevel":"entry","toLevel":"senior","years":{"min":4,"max":6},
                          "increasePercent":{"min":70,"max":100},"sources":[3,5]}]""", true);
    }

    @Test
    void servesTheWholeGuideWithEverySection() {
        http.get().uri(GUIDE).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.keyTakeaways.length()").isEqualTo(5)
                .jsonPath("$.keyTakeaways[0].sources[0]").isEqualTo(1)
                .jsonPath("$.experienceLevels.length()").isEqualTo(4)
                .jsonPath("$.specializations.length()").isEqualTo(5)
                .jsonPath("$.benefits.length()").isEqualTo(5)
                .jsonPath("$.negotiationSteps.length()").isEqualTo(7)
                .jsonPath("$.careerProgression.length()").isEqualTo(7)
                .jsonPath("$.faq.length()").isEqualTo(6)
                .jsonPath("$.sources[*].id").isEqualTo(java.util.List.of(1, 2, 3, 4, 5, 6, 9, 11));
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
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
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
