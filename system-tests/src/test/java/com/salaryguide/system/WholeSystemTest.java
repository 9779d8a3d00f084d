package com.salaryguide.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.skyscreamer.jsonassert.JSONAssert;
import org.skyscreamer.jsonassert.JSONCompareMode;

/**
 * The whole system as a user meets it: four processes, the gateway the only entry. Runs in ./mvnw verify after the
 * jars are built (skipped when they are not). The last test kills advice-service.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WholeSystemTest {

    private static RunningSystem system;

    @BeforeAll
    static void start() throws Exception {
        Path root = RunningSystem.repositoryRoot();
        assumeTrue(RunningSystem.jarsBuilt(root), "executable jars not built; run ./mvnw verify");
        system = new RunningSystem(root).start();
    }

    @AfterAll
    static void stop() {
        if (system != null) {
            system.close();
        }
    }

    @Test
    @Order(1)
    void servesEverySeedFigureOfTheGuideThroughTheGateway() throws Exception {
        HttpResponse<String> response = system.get("gateway", "/api/v1/guides/machine-learning-engineer");
        assertThat(response.statusCode()).isEqualTo(200);
        String expected = Files.readString(Path.of(WholeSystemTest.class.getResource("/expected-guide.json").toURI()));
        JSONAssert.assertEquals(expected, response.body(), JSONCompareMode.LENIENT);
        assertThat(response.headers().firstValue("X-Trace-Id")).isPresent();
    }

    @Test
    @Order(2)
    void evaluatesTheContractOffer() throws Exception {
        HttpResponse<String> response = system.post("gateway",
                "/api/v1/guides/machine-learning-engineer/offer-evaluations",
                "{\"annualBase\":150000,\"state\":\"CA\",\"yearsOfExperience\":4}");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(JsonPath.<Double>read(response.body(), "$.classifications[0].percentileRank")).isEqualTo(71.6);
        assertThat(JsonPath.<String>read(response.body(), "$.classifications[0].socCode")).isEqualTo("15-2051");
        assertThat(JsonPath.<Double>read(response.body(), "$.location.ratioToMean")).isEqualTo(0.947);
    }

    @Test
    @Order(3)
    void routesEachServiceApiUnchanged() throws Exception {
        assertThat(system.get("gateway", "/api/v1/occupations/15-1252/percentile-rank?annual=150000").body())
                .contains("\"percentileRank\":61.8");
        assertThat(system.get("gateway", "/api/v1/geography/metros/38300?occupation=machine-learning-engineer").body())
                .contains("\"annualMeanWage\":132200");
        assertThat(system.get("gateway", "/api/v1/advice/guides/machine-learning-engineer/benefits").statusCode())
                .isEqualTo(200);
    }

    @Test
    @Order(4)
    void withAdviceServiceKilledTheGuideStillAnswersWithinOneSecondNamingWhatIsMissing() throws Exception {
        system.kill("advice-service");
        Thread.sleep(Duration.ofSeconds(11).toMillis()); // past the gateway's 10 s cache TTL
        long started = System.nanoTime();
        HttpResponse<String> response = system.get("gateway", "/api/v1/guides/machine-learning-engineer");
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(took).isLessThan(Duration.ofSeconds(1));
        assertThat(JsonPath.<List<String>>read(response.body(), "$.unavailableSections")).containsExactly(
                "keyTakeaways", "classifications", "experienceLevels", "specializations", "benefits",
                "negotiationSteps", "careerProgression", "salaryGrowth", "faq", "sources");
        assertThat(JsonPath.<Integer>read(response.body(), "$.topStates[0].annualMeanWage")).isEqualTo(158400);
    }
}
