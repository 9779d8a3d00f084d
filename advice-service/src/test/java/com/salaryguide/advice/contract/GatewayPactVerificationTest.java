package com.salaryguide.advice.contract;

import au.com.dius.pact.provider.junit5.HttpTestTarget;
import au.com.dius.pact.provider.junit5.PactVerificationContext;
import au.com.dius.pact.provider.junit5.PactVerificationInvocationContextProvider;
import au.com.dius.pact.provider.junitsupport.Consumer;
import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.State;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;
import com.salaryguide.testsupport.TestPostgres;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * advice-service answers every read the gateway's contract tests recorded
 * (contracts/pacts/gateway-advice-service.json, written by the gateway's AdviceServicePactTest): the service runs on
 * a fresh PostgreSQL database with its seed guide, which every state names. A change that drops, renames or retypes
 * a field the gateway reads fails here, in advice-service's build.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        // Pact's accumulator warns after each interaction about the pact's other interactions, not verified yet
        properties = "logging.level.au.com.dius.pact.provider.DefaultTestResultAccumulator=error")
@Provider("advice-service")
@Consumer("gateway")
@PactFolder("../contracts/pacts")
class GatewayPactVerificationTest {

    @DynamicPropertySource
    static void configure(DynamicPropertyRegistry registry) {
        TestPostgres.register(registry);
    }

    @LocalServerPort
    int port;

    @BeforeEach
    void target(PactVerificationContext context) {
        context.setTarget(new HttpTestTarget("localhost", port));
    }

    @TestTemplate
    @ExtendWith(PactVerificationInvocationContextProvider.class)
    void answersWhatTheGatewayReads(PactVerificationContext context) {
        context.verifyInteraction();
    }

    @State("the machine-learning-engineer guide exists")
    void seedGuide() {
        // the seed holds the 2026 machine-learning-engineer guide
    }

    @State("the machine-learning-engineer guide cites 15-1252")
    void seedGuideCitesSoftwareDevelopers() {
        // the seed guide's upper-bound classification is 15-1252
    }

    @State("there is no guide named no-such-guide")
    void noSuchGuide() {
        // neither the seed nor any state writes it
    }
}
