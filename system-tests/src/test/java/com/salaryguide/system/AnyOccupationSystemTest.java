package com.salaryguide.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.jayway.jsonpath.JsonPath;
import com.salaryguide.testsupport.TestTokens;
import com.salaryguide.testsupport.oews.AreaType;
import com.salaryguide.testsupport.oews.Figures;
import com.salaryguide.testsupport.oews.Occupation;
import com.salaryguide.testsupport.oews.ReleaseFile;
import com.salaryguide.testsupport.oews.SyntheticRelease;
import com.salaryguide.testsupport.oews.Wage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Any occupation, any place, through the gateway of the four running processes: a generated BLS release (national,
 * state and MSA files, 60 occupations, in the format BLS publishes) is loaded through the gateway's import routes,
 * then the data guide, the area-aware offer evaluation and the comparison are checked against figures this test
 * works out from the release's own records, with its own arithmetic (not the services' code).
 */
class AnyOccupationSystemTest {

    /** A year before the seed's 2024, so the seed guide's national figures stay the latest. */
    static final int YEAR = 2023;
    static final SyntheticRelease RELEASE = SyntheticRelease.generate(SyntheticRelease.Settings.small().withYear(YEAR));

    private static RunningSystem system;

    @BeforeAll
    static void startAndLoad() throws Exception {
        Path root = RunningSystem.repositoryRoot();
        assumeTrue(RunningSystem.jarsBuilt(root), "executable jars not built; run ./mvnw verify");
        system = new RunningSystem(root).start();
        load(ReleaseFile.NATIONAL, "/api/v1/occupations/imports?year=" + YEAR);
        load(ReleaseFile.STATE, "/api/v1/geography/imports?year=" + YEAR);
        load(ReleaseFile.MSA, "/api/v1/geography/imports?year=" + YEAR);
    }

    private static void load(ReleaseFile file, String path) throws Exception {
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        RELEASE.write(file, ReleaseFile.Format.CSV, csv);
        HttpResponse<String> imported = system.send("gateway", "POST", path, "text/csv",
                csv.toString(StandardCharsets.UTF_8), TestTokens.writer());
        assertThat(imported.statusCode()).as(file + ": " + imported.body()).isEqualTo(200);
    }

    @AfterAll
    static void stop() {
        if (system != null) {
            system.close();
        }
    }

    /** A detailed occupation of the release that the seed does not hold, with figures in metro 12420. */
    private static Occupation occupation() {
        return RELEASE.detailedOccupations().stream()
                .filter(o -> !o.socCode().equals("15-1252") && !o.socCode().equals("15-2051"))
                .filter(o -> o.payBasis() == Occupation.PayBasis.ANNUAL_AND_HOURLY)
                .filter(o -> RELEASE.figures("12420", o.socCode()).map(f -> exactPercentiles(f) == 5).orElse(false))
                .filter(o -> national(o).map(f -> exactPercentiles(f) == 5).orElse(false))
                .findFirst().orElseThrow();
    }

    private static Optional<Figures> national(Occupation o) {
        return RELEASE.areas(AreaType.NATIONAL).stream().findFirst()
                .flatMap(us -> RELEASE.figures(us.code(), o.socCode()));
    }

    private static long exactPercentiles(Figures f) {
        return f.percentiles().stream().filter(w -> w.annual() != null && !w.annualTopCoded()).count();
    }

    @Test
    void servesTheDataGuideOfAnOccupationWithItsRankedAreas() throws Exception {
        Occupation o = occupation();
        Figures us = national(o).orElseThrow();
        String body = ok(system.get("gateway", "/api/v1/guides/occupations/" + o.socCode() + "?area=12420"));
        assertThat(JsonPath.<String>read(body, "$.title")).isEqualTo(o.title());
        assertThat(JsonPath.<Integer>read(body, "$.dataYear")).isEqualTo(YEAR);
        for (int i = 0; i < 5; i++) {
            Wage w = us.percentiles().get(i);
            assertThat(JsonPath.<Integer>read(body, "$.national.percentiles[" + i + "].annual")).isEqualTo(w.annual());
            assertThat(new BigDecimal(JsonPath.read(body, "$.national.percentiles[" + i + "].hourly").toString()))
                    .isEqualByComparingTo(w.hourly());
        }
        Figures austin = RELEASE.figures("12420", o.socCode()).orElseThrow();
        assertThat(JsonPath.<Integer>read(body, "$.inArea.percentiles[2].annual"))
                .isEqualTo(austin.percentile(50).annual());
        // the top states by annual mean: ties share a rank and are ordered by name
        List<String> expected = RELEASE.areas(AreaType.STATE).stream()
                .flatMap(a -> RELEASE.figures(a.code(), o.socCode()).stream())
                .filter(f -> f.mean().annual() != null)
                .sorted(Comparator.comparing((Figures f) -> f.mean().annual()).reversed()
                        .thenComparing(f -> f.area().title()))
                .limit(10).map(f -> f.area().primState()).toList();
        assertThat(JsonPath.<List<String>>read(body, "$.topStates.byAnnualMean[*].code")).isEqualTo(expected);
        List<String> byMedian = RELEASE.areas(AreaType.STATE).stream()
                .flatMap(a -> RELEASE.figures(a.code(), o.socCode()).stream())
                .filter(f -> f.percentile(50).annual() != null)
                .sorted(Comparator.comparing((Figures f) -> f.percentile(50).annual()).reversed()
                        .thenComparing(f -> f.area().title()))
                .limit(10).map(f -> f.area().primState()).toList();
        assertThat(JsonPath.<List<String>>read(body, "$.topStates.byAnnualMedian[*].code")).isEqualTo(byMedian);
        assertThat(JsonPath.<List<Integer>>read(body, "$.medianByYear.items[*].dataYear")).containsExactly(YEAR);
        assertThat(JsonPath.<List<String>>read(body, "$.unavailableSections")).isEmpty();
    }

    @Test
    void ranksAnOfferWithinOneMetroToOneDecimal() throws Exception {
        Occupation o = occupation();
        Figures austin = RELEASE.figures("12420", o.socCode()).orElseThrow();
        long offer = (austin.percentile(50).annual() + austin.percentile(75).annual()) / 2 + 1234;
        String body = ok(system.post("gateway", "/api/v1/offer-evaluations", "{\"occupation\":\"" + o.socCode()
                + "\",\"area\":\"12420\",\"annualBase\":" + offer + ",\"bonus\":10000,\"signingBonus\":20000}"));
        assertThat(new BigDecimal(JsonPath.read(body, "$.inArea.percentileRank").toString()))
                .isEqualByComparingTo(interpolate(offer, austin));
        assertThat(JsonPath.<Integer>read(body, "$.suggestedCounter.min"))
                .isEqualTo(thousand(austin.percentile(75).annual()));
        assertThat(JsonPath.<Integer>read(body, "$.totalCompensation.total")).isEqualTo((int) (offer + 10000 + 5000));
        Figures us = national(o).orElseThrow();
        Object nationalRank = JsonPath.read(body, "$.national.percentileRank");
        if (offer >= us.percentile(10).annual() && offer <= us.percentile(90).annual()) {
            assertThat(new BigDecimal(nationalRank.toString())).isEqualByComparingTo(interpolate(offer, us));
        }
    }

    @Test
    void comparesEveryCellAgainstTheRelease() throws Exception {
        List<Occupation> occupations = RELEASE.detailedOccupations().stream()
                .filter(o -> !o.socCode().equals("15-1252") && !o.socCode().equals("15-2051")).limit(3).toList();
        String stateCode = RELEASE.areas(AreaType.STATE).get(0).primState();
        String stateArea = RELEASE.areas(AreaType.STATE).get(0).code();
        List<String[]> areas = List.of(new String[] {"12420", "12420"}, new String[] {stateCode, stateArea},
                new String[] {"GU", RELEASE.areas(AreaType.TERRITORY).stream().filter(a -> a.primState().equals("GU"))
                        .findFirst().orElseThrow().code()});
        String body = ok(system.get("gateway", "/api/v1/wages/compare?occupations="
                + String.join(",", occupations.stream().map(Occupation::socCode).toList())
                + "&areas=12420," + stateCode + ",GU"));
        for (int row = 0; row < occupations.size(); row++) {
            for (int col = 0; col < areas.size(); col++) {
                String cell = "$.rows[" + row + "].cells[" + col + "]";
                Optional<Figures> f = RELEASE.figures(areas.get(col)[1], occupations.get(row).socCode());
                Map<String, Object> actual = JsonPath.read(body, cell);
                if (f.isEmpty()) {
                    assertThat(actual.get("status")).as(cell).isEqualTo("no-data");
                    assertThat(actual.get("annualMedianWage")).as(cell).isNull();
                    continue;
                }
                Figures e = f.get();
                assertThat(actual.get("status")).as(cell).isEqualTo("data");
                assertThat(actual.get("annualMedianWage")).as(cell).isEqualTo(e.percentile(50).annual());
                assertThat(actual.get("annualMedianWageStatus")).as(cell).isEqualTo(status(e.percentile(50)));
                assertThat(actual.get("annualMeanWage")).as(cell).isEqualTo(e.mean().annual());
                assertThat(actual.get("annualP10Wage")).as(cell).isEqualTo(e.percentile(10).annual());
                assertThat(actual.get("annualP90Wage")).as(cell).isEqualTo(e.percentile(90).annual());
                assertThat(actual.get("annualP90WageStatus")).as(cell).isEqualTo(status(e.percentile(90)));
                assertThat(actual.get("employment")).as(cell).isEqualTo(e.employment());
                assertThat(actual.get("locationQuotient") == null ? null
                        : new BigDecimal(actual.get("locationQuotient").toString()).stripTrailingZeros())
                        .as(cell).isEqualTo(e.locationQuotient() == null ? null : e.locationQuotient().stripTrailingZeros());
            }
        }
    }

    /** The contract's interpolation, written out here: p_lo + (p_hi - p_lo) * (x - w_lo) / (w_hi - w_lo), 1 decimal. */
    static BigDecimal interpolate(long annual, Figures f) {
        List<Integer> ranks = Figures.PERCENTILES;
        List<Integer> wages = new ArrayList<>();
        f.percentiles().forEach(w -> wages.add(w.annual()));
        for (int i = 0; i + 1 < ranks.size(); i++) {
            if (annual >= wages.get(i) && annual <= wages.get(i + 1)) {
                double rank = ranks.get(i) + (ranks.get(i + 1) - ranks.get(i))
                        * (double) (annual - wages.get(i)) / (wages.get(i + 1) - wages.get(i));
                return BigDecimal.valueOf(rank).setScale(1, RoundingMode.HALF_UP);
            }
        }
        throw new IllegalArgumentException(annual + " is outside the published range");
    }

    private static int thousand(int amount) {
        return (int) Math.round(amount / 1000.0) * 1000;
    }

    private static String status(Wage w) {
        return w.annual() == null ? "not-available" : w.annualTopCoded() ? "top-coded" : "reported";
    }

    private static String ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }
}
