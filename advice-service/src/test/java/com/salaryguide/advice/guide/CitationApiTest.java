package com.salaryguide.advice.guide;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.salaryguide.testsupport.TestPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Which guides cite which occupations, on real PostgreSQL: the seed guide and, where needed, one more guide. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
class CitationApiTest {

    private static final String CITATIONS = "/api/v1/advice/citations";
    private static final String SEED_GUIDE = """
            {"slug":"machine-learning-engineer","title":"Machine Learning Engineer Salary Guide","year":2026}""";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestPostgres.register(registry);
    }

    @Autowired
    WebTestClient http;
    @Autowired
    GuideService guides;

    /** Other test classes share this run's database and expect only the seed guide. */
    @AfterEach
    void removeGuidesThisTestCreated() throws Exception {
        try (var connection = TestPostgres.connect(); var st = connection.createStatement()) {
            st.execute("DELETE FROM guide WHERE slug <> 'machine-learning-engineer'");
        }
    }

    /** A guide whose slug sorts before the seed's, citing 15-2051 as its upper bound and 15-2041 as its baseline. */
    private void createAnotherGuideCitingDataScientists() {
        GuideContent seed = guides.guide("machine-learning-engineer").block();
        List<GuideContent.Classification> classifications = List.of(
                new GuideContent.Classification("15-2041", "baseline", "Statisticians", List.of(1)),
                new GuideContent.Classification("15-2051", "upper-bound", "Data scientists", List.of(3)));
        // every source listed must be cited: this guide lists the two its classifications cite
        List<GuideContent.Source> sources = seed.sources().stream().filter(s -> s.id() == 1 || s.id() == 3).toList();
        guides.create(new GuideDraft("applied-scientist", "Applied Scientist Salary Guide", 2027, null,
                new GuideContent.Intro("Applied scientists are read through the statistician classification.", List.of()),
                classifications, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), sources, Map.of())).block();
    }

    @Test
    void listsEveryCitationBySocCodeWithoutAFilter() {
        http.get().uri(CITATIONS).exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
                .expectBody().json("[{\"socCode\":\"15-1252\",\"role\":\"upper-bound\",\"guide\":" + SEED_GUIDE + "},"
                        + "{\"socCode\":\"15-2051\",\"role\":\"baseline\",\"guide\":" + SEED_GUIDE + "}]", true);
    }

    @Test
    void listsTheGuidesCitingTheAskedOccupationsBySocCodeThenSlug() {
        createAnotherGuideCitingDataScientists();
        String applied = """
                {"slug":"applied-scientist","title":"Applied Scientist Salary Guide","year":2027}""";
        String expected = "[{\"socCode\":\"15-2041\",\"role\":\"baseline\",\"guide\":" + applied + "},"
                + "{\"socCode\":\"15-2051\",\"role\":\"upper-bound\",\"guide\":" + applied + "},"
                + "{\"socCode\":\"15-2051\",\"role\":\"baseline\",\"guide\":" + SEED_GUIDE + "}]";
        for (String query : List.of("?socCode=15-2051,15-2041", "?socCode=15-2041&socCode=15-2051",
                "?socCode=15-2051, 15-2041,15-9999", "?socCode=15-2051,15-2041&socCode=15-2051")) {
            http.get().uri(CITATIONS + query).exchange()
                    .expectStatus().isOk()
                    .expectBody().json(expected, true);
        }
        http.get().uri(CITATIONS + "?socCode=15-1252").exchange()
                .expectStatus().isOk()
                .expectBody().json("[{\"socCode\":\"15-1252\",\"role\":\"upper-bound\",\"guide\":" + SEED_GUIDE + "}]",
                        true);
    }

    @Test
    void answersAnEmptyListForAnOccupationNoGuideCites() {
        http.get().uri(CITATIONS + "?socCode=99-9999").exchange()
                .expectStatus().isOk()
                .expectBody().json("[]", true);
    }

    @Test
    void rejectsMalformedOrTooManySocCodesNamingTheParameter() {
        String fiftyOne = IntStream.rangeClosed(1, 51).mapToObj(i -> String.format("15-%04d", i))
                .collect(Collectors.joining(","));
        for (String query : List.of("?socCode=15-205", "?socCode=152051", "?socCode=15-2051,", "?socCode=15-2051;x",
                "?socCode=", "?socCode=15-2051&socCode=", "?socCode=" + fiftyOne)) {
            http.get().uri(CITATIONS + query).exchange()
                    .expectStatus().isBadRequest()
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody()
                    .jsonPath("$.type").isEqualTo("/problems/validation")
                    .jsonPath("$.errors.length()").isEqualTo(1)
                    .jsonPath("$.errors[0].field").isEqualTo("socCode");
        }
        String fifty = IntStream.rangeClosed(1, 50).mapToObj(i -> String.format("15-%04d", i))
                .collect(Collectors.joining(","));
        http.get().uri(CITATIONS + "?socCode=" + fifty).exchange().expectStatus().isOk();
    }

    @Test
    void documentsTheEndpointInTheOpenApiDocument() {
        // the document is built on its first request, which on a busy machine can take more than the default 5 s
        http.mutate().responseTimeout(Duration.ofSeconds(60)).build().get().uri("/v3/api-docs").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.paths['/api/v1/advice/citations'].get.parameters[0].name").isEqualTo("socCode")
                .jsonPath("$.paths['/api/v1/advice/citations'].get.parameters[0].required").isEqualTo(false);
    }
}
