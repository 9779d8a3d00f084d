package com.salaryguide.advice.guide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import com.salaryguide.testsupport.TestPostgres;
import com.salaryguide.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes that break a rule: each answers 400 with a validation problem naming exactly the bad fields, and the stored
 * guides are unchanged afterwards. Replacements start from the seed guide as read, with a valid token and version.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
class GuideWriteValidationApiTest {

    private static final String GUIDES = "/api/v1/advice/guides";
    private static final String SEED = GUIDES + "/machine-learning-engineer";
    private static final String SECTION = "is required; send [] for none";
    private static final String NON_EMPTY_SECTION = "is required, with at least one entry";
    private static final String NULL_ENTRY = "must be an object, not null";
    private static final String NO_SECTION_SOURCES = "is required; send {} for none";
    private static final List<String> SECTIONS = List.of("keyTakeaways", "experienceLevels", "specializations",
            "benefits", "negotiationSteps", "careerProgression", "salaryGrowth", "highlights", "faq");

    @DynamicPropertySource
    static void configure(DynamicPropertyRegistry registry) {
        TestPostgres.register(registry);
        registry.add("salaryguide.jwt-secret", () -> TestTokens.SECRET);
    }

    @Autowired
    WebTestClient http;
    @Autowired
    ObjectMapper json;

    static Stream<Arguments> badCreates() {
        List<String> everyRequiredField = List.of("benefits: " + SECTION, "careerProgression: " + SECTION,
                "classifications: " + NON_EMPTY_SECTION, "experienceLevels: " + SECTION, "faq: " + SECTION,
                "highlights: " + SECTION, "intro: is required", "keyTakeaways: " + SECTION,
                "negotiationSteps: " + SECTION, "salaryGrowth: " + SECTION, "sectionSources: " + NO_SECTION_SOURCES,
                "slug: is required: lower-case words joined by hyphens",
                "sources: " + NON_EMPTY_SECTION, "specializations: " + SECTION, "title: is required",
                "year: is required");
        return Stream.of(
                arguments("{}", everyRequiredField),
                arguments("{\"title\":\"t\"}", everyRequiredField.stream().filter(e -> !e.startsWith("title")).toList()));
    }

    @ParameterizedTest
    @MethodSource("badCreates")
    void rejectsAnIncompleteGuideNamingEveryMissingFieldAndCreatesNothing(String body, List<String> errors) {
        String before = read(GUIDES);
        assertInvalid(http.post().uri(GUIDES), body, errors);
        assertThat(read(GUIDES)).isEqualTo(before);
    }

    static Stream<Arguments> badReplacements() {
        List<Arguments> cases = new ArrayList<>(List.of(
                arguments("a null classification", edit(g -> g.putArray("classifications").addNull()),
                        List.of("classifications[0]: " + NULL_ENTRY)),
                arguments("an empty classification", edit(g -> g.putArray("classifications").addObject()),
                        List.of("classifications[0].rationale: is required", "classifications[0].role: is required",
                                "classifications[0].socCode: is required")),
                arguments("a null experience level", edit(g -> g.putArray("experienceLevels").addNull()),
                        List.of("experienceLevels[0]: " + NULL_ENTRY)),
                arguments("a null FAQ entry", edit(g -> g.putArray("faq").addNull()), List.of("faq[0]: " + NULL_ENTRY)),
                arguments("a null source", edit(g -> g.putArray("sources").addNull()),
                        List.of("sources[0]: " + NULL_ENTRY)),
                arguments("an empty source", edit(g -> g.putArray("sources").addObject()),
                        List.of("sources[0].id: is required", "sources[0].label: is required")),
                arguments("a null benefit", edit(g -> g.putArray("benefits").addNull()),
                        List.of("benefits[0]: " + NULL_ENTRY)),
                arguments("a null version", edit(g -> g.putNull("version")),
                        List.of("version: is required: the version of the guide you read (optimistic locking)")),
                arguments("no version", edit(g -> g.remove("version")),
                        List.of("version: is required: the version of the guide you read (optimistic locking)")),
                arguments("null classifications", edit(g -> g.putNull("classifications")),
                        List.of("classifications: " + NON_EMPTY_SECTION)),
                arguments("no classifications", edit(g -> g.putArray("classifications")),
                        List.of("classifications: " + NON_EMPTY_SECTION)),
                arguments("no sources", edit(g -> g.putArray("sources")), List.of("sources: " + NON_EMPTY_SECTION)),
                arguments("no intro", edit(g -> g.remove("intro")), List.of("intro: is required")),
                arguments("a malformed SOC code", edit(g -> classification(g).put("socCode", "15-205")),
                        List.of("classifications[0].socCode: must be a SOC code like 15-2051")),
                arguments("an unknown role", edit(g -> classification(g).put("role", "ceiling")),
                        List.of("classifications[0].role: must be one of baseline, upper-bound")),
                arguments("a control character in the title", edit(g -> g.put("title", "Guide\u0007")),
                        List.of("title: must not contain control characters")),
                arguments("a title over its column", edit(g -> g.put("title", "t".repeat(201))),
                        List.of("title: must be at most 200 characters")),
                arguments("a level without its years", edit(g -> level(g).remove("minYears")),
                        List.of("experienceLevels[0].minYears: is required")),
                arguments("an intro without text", edit(g -> ((ObjectNode) g.get("intro")).remove("text")),
                        List.of("intro.text: is required")),
                arguments("a benchmark on an unpublished percentile",
                        edit(g -> percentiles(g).put("min", 30)),
                        List.of("experienceLevels[0].benchmark.percentiles.min: must be one of 10, 25, 50, 75, 90")),
                arguments("a benchmark band with a top printed with +",
                        edit(g -> percentiles(g).put("maxAtLeast", 90)),
                        List.of("experienceLevels[0].benchmark.percentiles.maxAtLeast: must be null: a percentile band"
                                + " has no top printed with +")),
                arguments("a benchmark without percentiles",
                        edit(g -> ((ObjectNode) level(g).get("benchmark")).remove("percentiles")),
                        List.of("experienceLevels[0].benchmark.percentiles: is required")),
                arguments("a range without a bottom", edit(g -> ((ObjectNode) level(g).get("baseSalary")).remove("min")),
                        List.of("experienceLevels[0].baseSalary.min: is required: a range has a bottom (a single figure"
                                + " has min equal to max)")),
                arguments("an hourly benefit amount", edit(g -> benefit(g).put("unit", "usd-per-hour")),
                        List.of("benefits[0].unit: must be one of usd-per-year, usd, usd-per-event, percent")),
                arguments("a highlight about no section of the guide", edit(g -> highlight(g).put("section", "salaries")),
                        List.of("highlights[0].section: must be one of classifications, keyTakeaways, experienceLevels,"
                                + " topStates, topMetros, specializations, benefits, negotiationSteps,"
                                + " careerProgression, salaryGrowth, faq")),
                arguments("null sectionSources", edit(g -> g.putNull("sectionSources")),
                        List.of("sectionSources: " + NO_SECTION_SOURCES)),
                arguments("no sectionSources", edit(g -> g.remove("sectionSources")),
                        List.of("sectionSources: " + NO_SECTION_SOURCES)),
                arguments("a negative salary", edit(g -> ((ObjectNode) level(g).get("baseSalary")).put("min", -1)),
                        List.of("experienceLevels[0].baseSalary.min: must be 0 or more")),
                arguments("a null citation", edit(g -> classification(g).putArray("sources").addNull()),
                        List.of("classifications[0].sources[0]: is required")),
                // rules across fields, checked once every field is right
                arguments("a SOC code cited twice", edit(g -> ((ObjectNode) g.get("classifications").get(1))
                                .put("socCode", "15-2051")),
                        List.of("classifications[1].socCode: must be unique in the guide")),
                arguments("a citation of a source not listed",
                        edit(g -> classification(g).putArray("sources").add(99)),
                        List.of("classifications[0].sources: cites source 99, which is not in sources")),
                arguments("a salary range upside down",
                        edit(g -> ((ObjectNode) level(g).get("baseSalary")).put("max", 90000)),
                        List.of("experienceLevels[0].baseSalary.max: must be null (open) or between min and 1000000000")),
                arguments("a benchmark band upside down", edit(g -> percentiles(g).put("max", 25)),
                        List.of("experienceLevels[0].benchmark.percentiles.max: must be null (at or above min) or not"
                                + " below min")),
                arguments("a benefit amount without its unit", edit(g -> benefit(g).putNull("unit")),
                        List.of("benefits[0].unit: is required with an amount")),
                arguments("a source cited nowhere",
                        edit(g -> ((ArrayNode) g.get("sources")).addObject().put("id", 12).put("label", "Unused")),
                        List.of("sources[8].id: source 12 is cited nowhere in the guide; cite it or remove it")),
                arguments("a section citation of a source not listed",
                        edit(g -> ((ObjectNode) g.get("sectionSources")).putArray("topStates").add(99)),
                        List.of("sectionSources.topStates: cites source 99, which is not in sources")),
                arguments("a section citation of no section of the guide",
                        edit(g -> ((ObjectNode) g.get("sectionSources")).putArray("salaries").add(6)),
                        List.of("sectionSources.salaries: is not a section of the guide; sections are classifications,"
                                + " keyTakeaways, experienceLevels, topStates, topMetros, specializations, benefits,"
                                + " negotiationSteps, careerProgression, salaryGrowth, faq")),
                arguments("a section citation listing nothing",
                        edit(g -> ((ObjectNode) g.get("sectionSources")).putArray("faq")),
                        List.of("sectionSources.faq: must list at least one source id; leave the section out for none")),
                arguments("an item repeating its section's citation",
                        edit(g -> ((ArrayNode) level(g).get("sources")).add(11)),
                        List.of("experienceLevels[0].sources: cites source 11, which sectionSources.experienceLevels"
                                + " already cites for the whole section")),
                arguments("a figure repeating its section's citation",
                        edit(g -> ((ArrayNode) g.get("negotiationSteps").get(0).get("figures").get(0).get("sources"))
                                .add(2)),
                        List.of("negotiationSteps[0].figures[0].sources: cites source 2, which"
                                + " sectionSources.negotiationSteps already cites for the whole section")),
                arguments("a highlight citing a source not listed",
                        edit(g -> ((ArrayNode) highlight(g).get("sources")).add(99)),
                        List.of("highlights[0].sources: cites source 99, which is not in sources"))));
        for (String section : SECTIONS) {
            cases.add(arguments("null " + section, edit(g -> g.putNull(section)), List.of(section + ": " + SECTION)));
            cases.add(arguments("no " + section, edit(g -> g.remove(section)), List.of(section + ": " + SECTION)));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badReplacements")
    void rejectsAReplacementBreakingARuleNamingTheFieldAndChangesNothing(String what, Consumer<ObjectNode> change,
                                                                        List<String> errors) {
        String before = read(SEED);
        ObjectNode guide = (ObjectNode) json.readTree(before);
        change.accept(guide);
        assertInvalid(http.put().uri(SEED), json.writeValueAsString(guide), errors);
        assertThat(read(SEED)).isEqualTo(before);
    }

    @Test
    void namesTheFirstHundredProblemsOfABodyThatHasThousands() {
        String before = read(SEED);
        ObjectNode guide = (ObjectNode) json.readTree(before);
        var classifications = guide.putArray("classifications");
        for (int i = 0; i < 1000; i++) {
            classifications.addNull();
        }
        http.put().uri(SEED).contentType(MediaType.APPLICATION_JSON).headers(TestTokens.bearer(TestTokens.writer()))
                .bodyValue(json.writeValueAsString(guide)).exchange()
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.errors.length()").isEqualTo(101)
                .jsonPath("$.errors[0].field").isEqualTo("classifications")
                .jsonPath("$.errors[0].message").isEqualTo("must have at most 50 entries")
                .jsonPath("$.errors[100].field").isEqualTo("body")
                .jsonPath("$.errors[100].message").isEqualTo("901 more problems not listed");
        assertThat(read(SEED)).isEqualTo(before);
    }

    /** The answer is a validation problem listing exactly these "field: message" entries, in this order. */
    private void assertInvalid(WebTestClient.RequestBodySpec request, String body, List<String> errors) {
        byte[] answer = request.contentType(MediaType.APPLICATION_JSON)
                .headers(TestTokens.bearer(TestTokens.writer())).bodyValue(body).exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().returnResult().getResponseBody();
        JsonNode problem = json.readTree(answer);
        assertThat(problem.get("type").asString()).isEqualTo("/problems/validation");
        assertThat(problem.get("title").asString()).isEqualTo("Invalid request");
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("detail").asString()).isEqualTo(String.join("; ", errors));
        List<String> named = new ArrayList<>();
        problem.get("errors").forEach(e -> named.add(e.get("field").asString() + ": " + e.get("message").asString()));
        assertThat(named).containsExactlyElementsOf(errors);
    }

    private String read(String path) {
        return http.get().uri(path).exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
    }

    private static Consumer<ObjectNode> edit(Consumer<ObjectNode> change) {
        return change;
    }

    private static ObjectNode classification(ObjectNode guide) {
        return (ObjectNode) guide.get("classifications").get(0);
    }

    private static ObjectNode level(ObjectNode guide) {
        return (ObjectNode) guide.get("experienceLevels").get(0);
    }

    private static ObjectNode percentiles(ObjectNode guide) {
        return (ObjectNode) level(guide).get("benchmark").get("percentiles");
    }

    private static ObjectNode benefit(ObjectNode guide) {
        return (ObjectNode) guide.get("benefits").get(0);
    }

    private static ObjectNode highlight(ObjectNode guide) {
        return (ObjectNode) guide.get("highlights").get(0);
    }
}
