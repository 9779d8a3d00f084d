package com.salaryguide.wage.contract;

import au.com.dius.pact.provider.junit5.HttpTestTarget;
import au.com.dius.pact.provider.junit5.PactVerificationContext;
import au.com.dius.pact.provider.junit5.PactVerificationInvocationContextProvider;
import au.com.dius.pact.provider.junitsupport.Consumer;
import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.State;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;
import com.salaryguide.testsupport.TestPostgres;
import com.salaryguide.testsupport.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * wage-service answers every read the gateway's contract tests recorded (contracts/pacts/gateway-wage-service.json,
 * written by the gateway's WageServicePactTest): the service runs on a fresh PostgreSQL database with its seed, and
 * each provider state is set up through the service's own API. A change that drops, renames or retypes a field the
 * gateway reads fails here, in wage-service's build.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        // Pact's accumulator warns after each interaction about the pact's other interactions, not verified yet
        properties = "logging.level.au.com.dius.pact.provider.DefaultTestResultAccumulator=error")
@AutoConfigureWebTestClient
@Provider("wage-service")
@Consumer("gateway")
@PactFolder("../contracts/pacts")
class GatewayPactVerificationTest {

    private static final String STATISTICIANS = "/api/v1/occupations/15-2041";

    @DynamicPropertySource
    static void configure(DynamicPropertyRegistry registry) {
        TestPostgres.register(registry);
        registry.add("salaryguide.jwt-secret", () -> TestTokens.SECRET);
    }

    @LocalServerPort
    int port;

    @Autowired
    WebTestClient http;

    @BeforeEach
    void target(PactVerificationContext context) {
        context.setTarget(new HttpTestTarget("localhost", port));
    }

    @TestTemplate
    @ExtendWith(PactVerificationInvocationContextProvider.class)
    void answersWhatTheGatewayReads(PactVerificationContext context) {
        context.verifyInteraction();
    }

    @AfterEach
    void removeWhatTheStatesWrote() throws Exception {
        try (var connection = TestPostgres.connect(); var st = connection.createStatement()) {
            st.execute("DELETE FROM occupation WHERE soc_code = '15-2041'");
        }
    }

    @State("occupation 15-2051 has national figures")
    void dataScientistsFromTheSeed() {
        // the seed holds the guide's 15-2051 table
    }

    @State("there is no occupation 99-9999")
    void noSuchOccupation() {
        // no SOC code 99-9999 is seeded or written by any state
    }

    @State("occupation 15-2041 has every national figure reported and no projection")
    void statisticiansWithEveryFigure() {
        put(STATISTICIANS, "{\"title\":\"Statisticians\"}");
        put(STATISTICIANS + "/wages/2025", """
                {"employment":30000,"annualMean":120000,"hourlyMean":57.69,"sources":[7],
                 "percentiles":[{"percentile":10,"annual":70000,"hourly":33.65},
                                {"percentile":25,"annual":90000,"hourly":43.27},
                                {"percentile":50,"annual":115000,"hourly":55.29},
                                {"percentile":75,"annual":145000,"hourly":69.71},
                                {"percentile":90,"annual":180000,"hourly":86.54}]}""");
    }

    private void put(String path, String json) {
        http.put().uri(path).contentType(MediaType.APPLICATION_JSON).headers(TestTokens.bearer(TestTokens.writer()))
                .bodyValue(json).exchange().expectStatus().isCreated();
    }
}
