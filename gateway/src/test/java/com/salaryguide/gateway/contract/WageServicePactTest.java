package com.salaryguide.gateway.contract;

import static com.salaryguide.gateway.contract.BlsFigures.SOC_CODE;
import static com.salaryguide.gateway.contract.BlsFigures.decimalOrNull;
import static com.salaryguide.gateway.contract.BlsFigures.percentile;
import static com.salaryguide.gateway.contract.BlsFigures.status;
import static com.salaryguide.gateway.contract.BlsFigures.wholeOrNull;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.LambdaDsl;
import au.com.dius.pact.consumer.dsl.LambdaDslObject;
import au.com.dius.pact.consumer.dsl.PactDslJsonRootValue;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import com.salaryguide.gateway.downstream.Fetched;
import com.salaryguide.gateway.figures.FigureStatus;
import com.salaryguide.gateway.figures.Percentile;
import com.salaryguide.gateway.figures.ProjectedGrowth;
import com.salaryguide.gateway.wage.NationalFigures;
import com.salaryguide.gateway.wage.WageHistory;
import com.salaryguide.gateway.wage.WageReads;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * What the gateway reads from wage-service ({@link WageReads}): an occupation with its latest national figures, its
 * figures of every year, and 404 for an unknown SOC code. Each body names only the fields the gateway's records
 * read, with the types and the nulls the gateway accepts; wage-service's build verifies them (contracts/pacts).
 */
@ContractTest
@PactTestFor(providerName = "wage-service")
class WageServicePactTest {

    private static final FigureStatus REPORTED = FigureStatus.REPORTED;
    private static final FigureStatus NOT_AVAILABLE = FigureStatus.NOT_AVAILABLE;

    @Autowired
    ApplicationContext context;

    private WageReads reads(MockServer server) {
        return new MockServerReads(context, server).wage();
    }

    /**
     * The figures of a data year as both reads serve them (NationalFigures, WageHistory.Year), with the seed's 15-2051
     * as the example: percentiles published, employment and means not (null, not-available).
     */
    private static void seedYearFigures(LambdaDslObject o) {
        wholeOrNull(o, "employment", null);
        status(o, "employmentStatus", NOT_AVAILABLE);
        wholeOrNull(o, "annualMeanWage", null);
        status(o, "annualMeanWageStatus", NOT_AVAILABLE);
        decimalOrNull(o, "hourlyMeanWage", null);
        status(o, "hourlyMeanWageStatus", NOT_AVAILABLE);
        o.minArrayLike("percentiles", 1, p -> percentile(p, 50, 112590, "54.13"));
        o.eachLike("sources", PactDslJsonRootValue.integerType(1), 1);
    }

    @Pact(consumer = "gateway")
    V4Pact occupationWithSeedFigures(PactDslWithProvider builder) {
        return builder.given("occupation 15-2051 has national figures")
                .uponReceiving("a read of occupation 15-2051")
                .path("/api/v1/occupations/15-2051").method("GET")
                .willRespondWith().status(200)
                .body(LambdaDsl.newJsonBody(o -> {
                    o.stringMatcher("socCode", SOC_CODE, "15-2051");
                    o.stringType("title", "Data Scientists");
                    wholeOrNull(o, "dataYear", 2024);
                    seedYearFigures(o);
                    o.object("projectedGrowth", g -> {
                        g.numberType("percent", 34);
                        g.integerType("fromYear", 2024);
                        g.integerType("toYear", 2034);
                        g.eachLike("sources", PactDslJsonRootValue.integerType(2), 1);
                    });
                }).build())
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "occupationWithSeedFigures")
    void readsAnOccupationWithItsLatestFiguresAndNullsForWhatBlsDoesNotPublish(MockServer server) {
        Fetched<NationalFigures> read = reads(server).occupation("15-2051", MockServerReads.deadline()).block();

        assertThat(read).isEqualTo(Fetched.found(new NationalFigures("15-2051", "Data Scientists", 2024, null,
                NOT_AVAILABLE, null, NOT_AVAILABLE, null, NOT_AVAILABLE,
                List.of(new Percentile(50, 112590, new BigDecimal("54.13"), REPORTED, REPORTED)),
                new ProjectedGrowth(new BigDecimal("34"), 2024, 2034, List.of(2)), List.of(1))));
        assertThat(read.value().hasFigures()).isTrue();
    }

    @Pact(consumer = "gateway")
    V4Pact occupationWithEveryFigureReported(PactDslWithProvider builder) {
        return builder.given("occupation 15-2041 has every national figure reported and no projection")
                .uponReceiving("a read of occupation 15-2041")
                .path("/api/v1/occupations/15-2041").method("GET")
                .willRespondWith().status(200)
                .body(LambdaDsl.newJsonBody(o -> {
                    o.stringMatcher("socCode", SOC_CODE, "15-2041");
                    o.stringType("title", "Statisticians");
                    o.integerType("dataYear", 2025);
                    o.integerType("employment", 30000);
                    status(o, "employmentStatus", REPORTED);
                    o.integerType("annualMeanWage", 120000);
                    status(o, "annualMeanWageStatus", REPORTED);
                    o.decimalType("hourlyMeanWage", new BigDecimal("57.69"));
                    status(o, "hourlyMeanWageStatus", REPORTED);
                    o.minArrayLike("percentiles", 1, p -> percentile(p, 10, 70000, "33.65"));
                    o.nullValue("projectedGrowth");
                    o.eachLike("sources", PactDslJsonRootValue.integerType(7), 1);
                }).build())
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "occupationWithEveryFigureReported")
    void readsReportedMeansAsNumbersAndAMissingProjectionAsNull(MockServer server) {
        Fetched<NationalFigures> read = reads(server).occupation("15-2041", MockServerReads.deadline()).block();

        assertThat(read).isEqualTo(Fetched.found(new NationalFigures("15-2041", "Statisticians", 2025, 30000,
                REPORTED, 120000, REPORTED, new BigDecimal("57.69"), REPORTED,
                List.of(new Percentile(10, 70000, new BigDecimal("33.65"), REPORTED, REPORTED)), null,
                List.of(7))));
    }

    @Pact(consumer = "gateway")
    V4Pact wageHistory(PactDslWithProvider builder) {
        return builder.given("occupation 15-2051 has national figures")
                .uponReceiving("a read of every year of occupation 15-2051")
                .path("/api/v1/occupations/15-2051/wages").method("GET")
                .willRespondWith().status(200)
                .body(LambdaDsl.newJsonBody(o -> {
                    o.stringMatcher("socCode", SOC_CODE, "15-2051");
                    o.stringType("title", "Data Scientists");
                    o.minArrayLike("years", 1, y -> {
                        y.integerType("dataYear", 2024);
                        seedYearFigures(y);
                    });
                }).build())
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "wageHistory")
    void readsEveryYearOfAnOccupationsFigures(MockServer server) {
        Fetched<WageHistory> read = reads(server).history("15-2051", MockServerReads.deadline()).block();

        assertThat(read).isEqualTo(Fetched.found(new WageHistory("15-2051", "Data Scientists", List.of(
                new WageHistory.Year(2024, null, NOT_AVAILABLE, null, NOT_AVAILABLE, null, NOT_AVAILABLE,
                        List.of(new Percentile(50, 112590, new BigDecimal("54.13"), REPORTED, REPORTED)),
                        List.of(1))))));
    }

    @Pact(consumer = "gateway")
    V4Pact unknownOccupation(PactDslWithProvider builder) {
        return builder.given("there is no occupation 99-9999")
                .uponReceiving("a read of unknown occupation 99-9999")
                .path("/api/v1/occupations/99-9999").method("GET")
                .willRespondWith().status(404)
                .given("there is no occupation 99-9999")
                .uponReceiving("a read of every year of unknown occupation 99-9999")
                .path("/api/v1/occupations/99-9999/wages").method("GET")
                .willRespondWith().status(404)
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "unknownOccupation")
    void takesA404ForAnUnknownOccupationAsNotFoundNotAsAnOutage(MockServer server) {
        WageReads reads = reads(server);

        assertThat(reads.occupation("99-9999", MockServerReads.deadline()).block()).isEqualTo(Fetched.notFound());
        assertThat(reads.history("99-9999", MockServerReads.deadline()).block()).isEqualTo(Fetched.notFound());
    }
}
