package com.salaryguide.gateway.contract;

import static com.salaryguide.gateway.contract.BlsFigures.decimalOrNull;
import static com.salaryguide.gateway.contract.BlsFigures.numberOrNull;
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
import au.com.dius.pact.consumer.dsl.PM;
import au.com.dius.pact.consumer.dsl.PactDslResponse;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.dsl.PactDslWithState;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import com.salaryguide.gateway.downstream.Fetched;
import com.salaryguide.gateway.figures.FigureStatus;
import com.salaryguide.gateway.figures.Percentile;
import com.salaryguide.gateway.geography.Area;
import com.salaryguide.gateway.geography.AreaFigures;
import com.salaryguide.gateway.geography.AreaRanking;
import com.salaryguide.gateway.geography.GeographyReads;
import com.salaryguide.gateway.geography.GeographyReads.RankedKind;
import com.salaryguide.gateway.geography.GeographyReads.WageSort;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * What the gateway reads from geography-service ({@link GeographyReads}): states and metros ranked by wage for a
 * guide or an occupation, areas ranked by concentration, an area by code or name, and an occupation's figures in
 * areas; and the 404s it takes as "nothing there" (an unknown area, an occupation without area figures). Each body
 * names only the fields the gateway's records read; geography-service's build verifies them (contracts/pacts).
 */
@ContractTest
@PactTestFor(providerName = "geography-service")
class GeographyServicePactTest {

    private static final String GUIDE_STATE = "the machine-learning-engineer guide has figures for its top states"
            + " and metros";
    private static final String RELEASE_STATE = "BLS figures of 2024 for 15-1252 in CA, TX, WA and metros 12420"
            + " and 41940";
    private static final String AREA_TYPE = "national|state|territory|metro|nonmetro";
    private static final FigureStatus REPORTED = FigureStatus.REPORTED;
    private static final FigureStatus NOT_AVAILABLE = FigureStatus.NOT_AVAILABLE;

    @Autowired
    ApplicationContext context;

    private GeographyReads reads(MockServer server) {
        return new MockServerReads(context, server).geography();
    }

    private static void area(LambdaDslObject a, String code, String areaType, String name, String state) {
        a.stringType("code", code);
        a.stringMatcher("areaType", AREA_TYPE, areaType);
        a.stringType("name", name);
        a.or("state", state, PM.stringType(), PM.nullValue());
    }

    /** A wage ranking (AreaRanking) with one example item. */
    private static void wageRanking(LambdaDslObject o, String occupation, String areaType, int dataYear, String sort,
                                    String code, String name, Integer annualMean, Integer annualMedian) {
        o.stringType("occupation", occupation);
        o.stringMatcher("areaType", AREA_TYPE, areaType);
        wholeOrNull(o, "dataYear", dataYear);
        o.stringMatcher("sort", "annualMeanWage|annualMedianWage", sort);
        o.integerType("totalRanked", 10);
        o.minArrayLike("items", 1, i -> {
            i.integerType("rank", 1);
            i.stringType("code", code);
            i.stringType("name", name);
            wholeOrNull(i, "annualMeanWage", annualMean);
            status(i, "annualMeanWageStatus", annualMean == null ? NOT_AVAILABLE : REPORTED);
            wholeOrNull(i, "annualMedianWage", annualMedian);
            status(i, "annualMedianWageStatus", annualMedian == null ? NOT_AVAILABLE : REPORTED);
            i.integerType("dataYear", dataYear);
            i.eachLike("sources", PactDslJsonRootValue.integerType(6), 1);
        });
    }

    private static AreaRanking ranking(String occupation, String areaType, int dataYear, String sort, String code,
                                       String name, Integer annualMean, Integer annualMedian) {
        return new AreaRanking(occupation, areaType, dataYear, sort, 10, List.of(new AreaRanking.Item(1, code, name,
                annualMean, annualMean == null ? NOT_AVAILABLE : REPORTED, annualMedian,
                annualMedian == null ? NOT_AVAILABLE : REPORTED, dataYear, List.of(6))));
    }

    @Pact(consumer = "gateway")
    V4Pact guideRankings(PactDslWithProvider builder) {
        return builder.given(GUIDE_STATE)
                .uponReceiving("a ranking of states by annual mean wage for the machine-learning-engineer guide")
                .path("/api/v1/geography/states").method("GET")
                .query("occupation=machine-learning-engineer&limit=10&sort=annualMeanWage")
                .willRespondWith().status(200)
                .body(LambdaDsl.newJsonBody(o -> wageRanking(o, "machine-learning-engineer", "state", 2026,
                        "annualMeanWage", "CA", "California", 158400, null)).build())
                .given(GUIDE_STATE)
                .uponReceiving("a ranking of metros by annual mean wage for the machine-learning-engineer guide")
                .path("/api/v1/geography/metros").method("GET")
                .query("occupation=machine-learning-engineer&limit=10&sort=annualMeanWage")
                .willRespondWith().status(200)
                .body(LambdaDsl.newJsonBody(o -> wageRanking(o, "machine-learning-engineer", "metro", 2026,
                        "annualMeanWage", "41940", "San Jose-Sunnyvale-Santa Clara, CA", 178200, null)).build())
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "guideRankings")
    void readsTheGuidesTopStatesAndMetrosWithoutMedians(MockServer server) {
        GeographyReads reads = reads(server);

        assertThat(reads.ranking(RankedKind.STATES, "machine-learning-engineer", WageSort.ANNUAL_MEAN, 10,
                MockServerReads.deadline()).block()).isEqualTo(Fetched.found(ranking("machine-learning-engineer",
                "state", 2026, "annualMeanWage", "CA", "California", 158400, null)));
        assertThat(reads.ranking(RankedKind.METROS, "machine-learning-engineer", WageSort.ANNUAL_MEAN, 10,
                MockServerReads.deadline()).block()).isEqualTo(Fetched.found(ranking("machine-learning-engineer",
                "metro", 2026, "annualMeanWage", "41940", "San Jose-Sunnyvale-Santa Clara, CA", 178200, null)));
    }

    private static PactDslResponse rankingOf15_1252(PactDslWithState state, RankedKind kind, WageSort sort) {
        String path = kind == RankedKind.STATES ? "states" : "metros";
        String sortKey = sort == WageSort.ANNUAL_MEAN ? "annualMeanWage" : "annualMedianWage";
        AreaRanking.Item top = topOf15_1252(kind);
        return state.uponReceiving("a ranking of " + path + " by " + sortKey + " for 15-1252")
                .path("/api/v1/geography/" + path).method("GET")
                .query("occupation=15-1252&limit=10&sort=" + sortKey)
                .willRespondWith().status(200)
                .body(LambdaDsl.newJsonBody(o -> wageRanking(o, "15-1252", kind == RankedKind.STATES ? "state"
                        : "metro", 2024, sortKey, top.code(), top.name(), top.annualMeanWage(),
                        top.annualMedianWage())).build());
    }

    private static AreaRanking.Item topOf15_1252(RankedKind kind) {
        return kind == RankedKind.STATES
                ? new AreaRanking.Item(1, "CA", "California", 166400, REPORTED, 156000, REPORTED, 2024, List.of(6))
                : new AreaRanking.Item(1, "41940", "San Jose-Sunnyvale-Santa Clara, CA", 208000, REPORTED, 199680,
                        REPORTED, 2024, List.of(6));
    }

    @Pact(consumer = "gateway")
    V4Pact occupationRankings(PactDslWithProvider builder) {
        PactDslResponse pact = rankingOf15_1252(builder.given(RELEASE_STATE), RankedKind.STATES,
                WageSort.ANNUAL_MEAN);
        pact = rankingOf15_1252(pact.given(RELEASE_STATE), RankedKind.STATES, WageSort.ANNUAL_MEDIAN);
        pact = rankingOf15_1252(pact.given(RELEASE_STATE), RankedKind.METROS, WageSort.ANNUAL_MEAN);
        pact = rankingOf15_1252(pact.given(RELEASE_STATE), RankedKind.METROS, WageSort.ANNUAL_MEDIAN);
        return pact.given(RELEASE_STATE)
                .uponReceiving("a ranking of areas by location quotient for 15-1252")
                .path("/api/v1/geography/areas").method("GET")
                .query("occupation=15-1252&sort=locationQuotient&limit=10")
                .willRespondWith().status(200)
                .body(LambdaDsl.newJsonBody(o -> {
                    o.stringType("occupation", "15-1252");
                    wholeOrNull(o, "dataYear", 2024);
                    o.stringMatcher("sort", "locationQuotient|jobsPer1000", "locationQuotient");
                    o.integerType("totalRanked", 5);
                    o.minArrayLike("items", 1, i -> {
                        i.integerType("rank", 1);
                        i.stringType("code", "12420");
                        i.stringMatcher("areaType", AREA_TYPE, "metro");
                        i.stringType("name", "Austin-Round Rock-Georgetown, TX");
                        numberOrNull(i, "locationQuotient", "3.10");
                        numberOrNull(i, "jobsPer1000", "30.000");
                        wholeOrNull(i, "employment", 900);
                        wholeOrNull(i, "annualMeanWage", 145600);
                    });
                }).build())
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "occupationRankings")
    void readsAnOccupationsStatesAndMetrosByMeanAndMedianAndItsMostConcentratedAreas(MockServer server) {
        GeographyReads reads = reads(server);

        for (RankedKind kind : RankedKind.values()) {
            for (WageSort sort : WageSort.values()) {
                String sortKey = sort == WageSort.ANNUAL_MEAN ? "annualMeanWage" : "annualMedianWage";
                assertThat(reads.ranking(kind, "15-1252", sort, 10, MockServerReads.deadline()).block())
                        .isEqualTo(Fetched.found(new AreaRanking("15-1252", kind == RankedKind.STATES ? "state"
                                : "metro", 2024, sortKey, 10, List.of(topOf15_1252(kind)))));
            }
        }
        assertThat(reads.concentration("15-1252", 10, MockServerReads.deadline()).block())
                .isEqualTo(Fetched.found(new AreaRanking.Concentration("15-1252", 2024, "locationQuotient", 5,
                        List.of(new AreaRanking.ConcentrationItem(1, "12420", "metro",
                                "Austin-Round Rock-Georgetown, TX", new BigDecimal("3.10"), new BigDecimal("30.000"),
                                900, 145600)))));
    }

    @Pact(consumer = "gateway")
    V4Pact occupationWithoutAreaFigures(PactDslWithProvider builder) {
        String state = "occupation 11-1011 has no figures in any area";
        return builder.given(state)
                .uponReceiving("a ranking of states for 11-1011, which has no state figures")
                .path("/api/v1/geography/states").method("GET")
                .query("occupation=11-1011&limit=10&sort=annualMeanWage")
                .willRespondWith().status(404)
                .given(state)
                .uponReceiving("a ranking of areas by location quotient for 11-1011, which has no area figures")
                .path("/api/v1/geography/areas").method("GET")
                .query("occupation=11-1011&sort=locationQuotient&limit=10")
                .willRespondWith().status(404)
                .given(state)
                .uponReceiving("the figures of 11-1011 in TX, which has none there")
                .path("/api/v1/geography/wages").method("GET")
                .query("occupation=11-1011&area=TX")
                .willRespondWith().status(200)
                .body(LambdaDsl.newJsonBody(o -> o.array("items", items -> { })).build())
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "occupationWithoutAreaFigures")
    void takesA404RankingAsNoAreasAndAnEmptyBatchAsNoFigures(MockServer server) {
        GeographyReads reads = reads(server);

        assertThat(reads.ranking(RankedKind.STATES, "11-1011", WageSort.ANNUAL_MEAN, 10, MockServerReads.deadline())
                .block()).isEqualTo(Fetched.notFound());
        assertThat(reads.concentration("11-1011", 10, MockServerReads.deadline()).block())
                .isEqualTo(Fetched.notFound());
        assertThat(reads.figures(List.of("11-1011"), List.of("TX"), MockServerReads.deadline()).block())
                .isEqualTo(Fetched.found(new AreaFigures.Batch(List.of())));
    }

    @Pact(consumer = "gateway")
    V4Pact areas(PactDslWithProvider builder) {
        return builder.given("state CA and metro 12420 (Austin-Round Rock-Georgetown, TX) exist")
                .uponReceiving("a read of area CA")
                .path("/api/v1/geography/areas/CA").method("GET")
                .willRespondWith().status(200)
                .body(LambdaDsl.newJsonBody(a -> area(a, "CA", "state", "California", "CA")).build())
                .given("state CA and metro 12420 (Austin-Round Rock-Georgetown, TX) exist")
                .uponReceiving("a read of an area by its exact name")
                // as the gateway sends it: the name encoded whole, its comma too
                .path("/api/v1/geography/areas/Austin-Round%20Rock-Georgetown%2C%20TX").method("GET")
                .willRespondWith().status(200)
                .body(LambdaDsl.newJsonBody(a -> area(a, "12420", "metro", "Austin-Round Rock-Georgetown, TX", "TX"))
                        .build())
                .given("there is no area named Atlantis")
                .uponReceiving("a read of unknown area Atlantis")
                .path("/api/v1/geography/areas/Atlantis").method("GET")
                .willRespondWith().status(404)
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "areas")
    void readsAnAreaByCodeOrExactNameAndTakesA404AsNoSuchArea(MockServer server) {
        GeographyReads reads = reads(server);

        assertThat(reads.area("CA", MockServerReads.deadline()).block())
                .isEqualTo(Fetched.found(new Area("CA", "state", "California", "CA")));
        assertThat(reads.area("Austin-Round Rock-Georgetown, TX", MockServerReads.deadline()).block())
                .isEqualTo(Fetched.found(new Area("12420", "metro", "Austin-Round Rock-Georgetown, TX", "TX")));
        assertThat(reads.area("Atlantis", MockServerReads.deadline()).block()).isEqualTo(Fetched.notFound());
    }

    /** One occupation's figures in one area (AreaFigures). */
    private static void areaFigures(LambdaDslObject f, String occupation, boolean bls) {
        f.stringType("occupation", occupation);
        f.object("area", a -> area(a, bls ? "12420" : "CA", bls ? "metro" : "state",
                bls ? "Austin-Round Rock-Georgetown, TX" : "California", bls ? "TX" : "CA"));
        f.integerType("dataYear", bls ? 2024 : 2026);
        wholeOrNull(f, "employment", bls ? 900 : null);
        status(f, "employmentStatus", bls ? REPORTED : NOT_AVAILABLE);
        numberOrNull(f, "jobsPer1000", bls ? "30.000" : null);
        status(f, "jobsPer1000Status", bls ? REPORTED : NOT_AVAILABLE);
        numberOrNull(f, "locationQuotient", bls ? "3.10" : null);
        status(f, "locationQuotientStatus", bls ? REPORTED : NOT_AVAILABLE);
        wholeOrNull(f, "annualMeanWage", bls ? 145600 : 158400);
        status(f, "annualMeanWageStatus", REPORTED);
        decimalOrNull(f, "hourlyMeanWage", bls ? "70.00" : null);
        status(f, "hourlyMeanWageStatus", bls ? REPORTED : NOT_AVAILABLE);
        if (bls) {
            f.minArrayLike("percentiles", 1, p -> percentile(p, 50, 135200, "65.00"));
        } else {
            // a guide's own figure has a mean only
            f.array("percentiles", none -> { });
        }
        f.eachLike("sources", PactDslJsonRootValue.integerType(6), bls ? 0 : 1);
    }

    @Pact(consumer = "gateway")
    V4Pact figures(PactDslWithProvider builder) {
        return builder.given(RELEASE_STATE)
                .uponReceiving("the figures of 15-1252 in metro 12420")
                .path("/api/v1/geography/wages").method("GET")
                .query("occupation=15-1252&area=12420")
                .willRespondWith().status(200)
                .body(LambdaDsl.newJsonBody(o -> o.minArrayLike("items", 1, f -> areaFigures(f, "15-1252", true)))
                        .build())
                .given(GUIDE_STATE)
                .uponReceiving("the figures of the machine-learning-engineer guide and its classifications in CA")
                .path("/api/v1/geography/wages").method("GET")
                .query("occupation=machine-learning-engineer,15-2051,15-1252&area=CA")
                .willRespondWith().status(200)
                .body(LambdaDsl.newJsonBody(o -> o.minArrayLike("items", 1,
                        f -> areaFigures(f, "machine-learning-engineer", false))).build())
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "figures")
    void readsAnOccupationsFiguresInAnAreaAndAGuidesOwnFigureWithItsMeanOnly(MockServer server) {
        GeographyReads reads = reads(server);

        assertThat(reads.figures(List.of("15-1252"), List.of("12420"), MockServerReads.deadline()).block())
                .isEqualTo(Fetched.found(new AreaFigures.Batch(List.of(new AreaFigures("15-1252",
                        new Area("12420", "metro", "Austin-Round Rock-Georgetown, TX", "TX"), 2024, 900, REPORTED,
                        new BigDecimal("30.000"), REPORTED, new BigDecimal("3.10"), REPORTED, 145600, REPORTED,
                        new BigDecimal("70.00"), REPORTED,
                        List.of(new Percentile(50, 135200, new BigDecimal("65.00"), REPORTED, REPORTED)),
                        List.of())))));
        assertThat(reads.figures(List.of("machine-learning-engineer", "15-2051", "15-1252"), List.of("CA"),
                MockServerReads.deadline()).block())
                .isEqualTo(Fetched.found(new AreaFigures.Batch(List.of(new AreaFigures("machine-learning-engineer",
                        new Area("CA", "state", "California", "CA"), 2026, null, NOT_AVAILABLE, null, NOT_AVAILABLE,
                        null, NOT_AVAILABLE, 158400, REPORTED, null, NOT_AVAILABLE, List.of(), List.of(6))))));
    }
}
