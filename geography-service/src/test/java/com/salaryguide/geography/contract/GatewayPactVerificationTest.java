package com.salaryguide.geography.contract;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

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
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * geography-service answers every read the gateway's contract tests recorded
 * (contracts/pacts/gateway-geography-service.json, written by the gateway's GeographyServicePactTest): the service
 * runs on a fresh PostgreSQL database with its seed, and BLS figures a state names are imported through the
 * service's own import endpoint. A change that drops, renames or retypes a field the gateway reads fails here, in
 * geography-service's build.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        // Pact's accumulator warns after each interaction about the pact's other interactions, not verified yet
        properties = "logging.level.au.com.dius.pact.provider.DefaultTestResultAccumulator=error")
@AutoConfigureWebTestClient
@Provider("geography-service")
@Consumer("gateway")
@PactFolder("../contracts/pacts")
class GatewayPactVerificationTest {

    /**
     * Software developers in three states and two of the seed's metros (named as the seed names them, so the import
     * renames nothing), as BLS's all-areas CSV export writes them: a top-coded 90th percentile in California.
     */
    private static final String SOFTWARE_DEVELOPERS_2024 = """
            AREA,AREA_TITLE,AREA_TYPE,PRIM_STATE,OCC_CODE,OCC_TITLE,O_GROUP,TOT_EMP,JOBS_1000,LOC_QUOTIENT,H_MEAN,\
            A_MEAN,H_PCT10,H_PCT25,H_MEDIAN,H_PCT75,H_PCT90,A_PCT10,A_PCT25,A_MEDIAN,A_PCT75,A_PCT90,ANNUAL,HOURLY
            06,California,2,CA,15-1252,Software Developers,detailed,"1,000",12.345,1.50,80.00,"166,400",40.00,55.00,\
            75.00,100.00,#,"83,200","114,400","156,000","208,000",#,,
            48,Texas,2,TX,15-1252,Software Developers,detailed,"2,000",8.000,1.20,60.00,"124,800",30.00,40.00,55.00,\
            70.00,90.00,"62,400","83,200","114,400","145,600","187,200",,
            53,Washington,2,WA,15-1252,Software Developers,detailed,"3,000",20.000,2.10,60.00,"124,800",35.00,45.00,\
            60.00,80.00,100.00,"72,800","93,600","124,800","166,400","208,000",,
            12420,"Austin-Round Rock-Georgetown, TX",4,TX,15-1252,Software Developers,detailed,900,30.000,3.10,70.00,\
            "145,600",36.00,48.00,65.00,88.00,105.00,"74,880","99,840","135,200","183,040","218,400",,
            41940,"San Jose-Sunnyvale-Santa Clara, CA",4,CA,15-1252,Software Developers,detailed,"1,500",25.000,2.80,\
            100.00,"208,000",50.00,70.00,96.00,120.00,#,"104,000","145,600","199,680","249,600",#,,
            """;

    @TempDir
    static Path uploads;

    @DynamicPropertySource
    static void configure(DynamicPropertyRegistry registry) {
        TestPostgres.register(registry);
        registry.add("salaryguide.jwt-secret", () -> TestTokens.SECRET);
        registry.add("salaryguide.oews.upload-dir", () -> uploads.resolve("geography-service").toString());
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
            st.execute("DELETE FROM area_wage WHERE occupation = '15-1252'");
        }
    }

    @State("BLS figures of 2024 for 15-1252 in CA, TX, WA and metros 12420 and 41940")
    void softwareDevelopersImported() {
        http.post().uri("/api/v1/geography/imports?year=2024").contentType(MediaType.parseMediaType("text/csv"))
                .headers(TestTokens.bearer(TestTokens.writer()))
                .bodyValue(SOFTWARE_DEVELOPERS_2024.getBytes(StandardCharsets.UTF_8)).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.states").isEqualTo(3).jsonPath("$.metros").isEqualTo(2)
                .jsonPath("$.areasAdded").isEqualTo(0);
    }

    @State("the machine-learning-engineer guide has figures for its top states and metros")
    void guideFiguresFromTheSeed() {
        // the seed holds the guide's ten states and ten metros
    }

    @State("state CA and metro 12420 (Austin-Round Rock-Georgetown, TX) exist")
    void seedAreas() {
        // the seed holds every state and the guide's metros, 12420 by that name
    }

    @State("there is no area named Atlantis")
    void noAtlantis() {
        // no state seeds or imports it
    }

    @State("occupation 11-1011 has no figures in any area")
    void noChiefExecutives() {
        // neither the seed nor any state holds figures for 11-1011
    }
}
