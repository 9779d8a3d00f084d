package com.salaryguide.advice.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Consumer;

import com.salaryguide.testsupport.TestPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The guide advice-service serves follows the platform's JSON vocabulary (docs/api-style.md), checked by walking the
 * JSON itself ({@link GuideVocabulary}); and the walk does catch each kind of break, shown on altered copies.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
class GuideVocabularyTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestPostgres.register(registry);
    }

    @Autowired
    WebTestClient http;
    @Autowired
    ObjectMapper json;

    @Test
    void servesTheSeedGuideInTheVocabulary() {
        assertThat(GuideVocabulary.problems(served())).isEmpty();
    }

    @Test
    void namesAnObjectLackingAKeyOthersOfItsTypeHave() {
        assertThat(problemsAfter(g -> level(g, 1).remove("totalCompensation"))).containsExactly(
                "experienceLevels[1] lacks totalCompensation, which other objects at experienceLevels[] have");
        assertThat(problemsAfter(g -> ((ObjectNode) g.get("negotiationSteps").get(0).get("figures").get(1))
                .remove("sources"))).containsExactly(
                "negotiationSteps[0].figures[1] lacks sources, which other objects at negotiationSteps[].figures[] have");
    }

    @Test
    void namesARangeLackingOneOfItsKeys() {
        assertThat(problemsAfter(g -> ((ObjectNode) level(g, 0).get("baseSalary")).remove("maxAtLeast")))
                .containsExactly("experienceLevels[0].baseSalary is a range without maxAtLeast",
                        "experienceLevels[0].baseSalary lacks maxAtLeast, which other objects at"
                                + " experienceLevels[].baseSalary have");
        // the only benchmark band of its type left without a key is still caught by the range rule
        assertThat(problemsAfter(g -> ((ObjectNode) level(g, 3)).putObject("benchmark").put("socCode", "15-1252")
                .putObject("percentiles").put("min", 90).put("max", 90)))
                .contains("experienceLevels[3].benchmark.percentiles is a range without maxAtLeast");
    }

    @Test
    void namesACitationOfASourceNotListedAndASourceCitedNowhere() {
        assertThat(problemsAfter(g -> ((ArrayNode) g.get("faq").get(0).get("sources")).add(99)))
                .containsExactly("faq[0].sources cites 99, which is not in sources");
        assertThat(problemsAfter(g -> ((ArrayNode) g.get("sources")).addObject().put("id", 12).put("label", "x")
                .putNull("url")))
                .containsExactly("source 12 is cited nowhere");
        // source 9 is cited by the intro alone
        assertThat(problemsAfter(g -> ((ArrayNode) g.get("intro").get("sources")).remove(1)))
                .containsExactly("source 9 is cited nowhere");
    }

    @Test
    void namesAnItemRepeatingItsSectionsCitation() {
        assertThat(problemsAfter(g -> ((ArrayNode) level(g, 0).get("sources")).add(2))).containsExactly(
                "experienceLevels[0].sources repeats 2, which sectionSources.experienceLevels cites for the whole section");
        assertThat(problemsAfter(g -> ((ArrayNode) g.get("negotiationSteps").get(0).get("figures").get(0)
                .get("sources")).add(2))).containsExactly("negotiationSteps[0].figures[0].sources repeats 2, which"
                + " sectionSources.negotiationSteps cites for the whole section");
    }

    private JsonNode served() {
        return json.readTree(http.get().uri("/api/v1/advice/guides/machine-learning-engineer").exchange()
                .expectStatus().isOk().expectBody().returnResult().getResponseBody());
    }

    private List<String> problemsAfter(Consumer<ObjectNode> change) {
        ObjectNode guide = (ObjectNode) served();
        change.accept(guide);
        return GuideVocabulary.problems(guide);
    }

    private static ObjectNode level(ObjectNode guide, int index) {
        return (ObjectNode) guide.get("experienceLevels").get(index);
    }
}
