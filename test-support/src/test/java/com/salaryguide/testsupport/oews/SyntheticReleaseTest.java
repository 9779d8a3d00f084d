package com.salaryguide.testsupport.oews;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** The synthetic release's figures and cells: what BLS's files look like, at the rates asked for, the same every time. */
class SyntheticReleaseTest {

    /** One full-size release for the tests that count rates (its shape takes a moment; rows are drawn per test). */
    private static final SyntheticRelease FULL = SyntheticRelease.generate(SyntheticRelease.Settings.fullSize());
    private static final int A_MEAN = SyntheticRelease.COLUMNS.indexOf("A_MEAN");
    private static final int H_MEAN = SyntheticRelease.COLUMNS.indexOf("H_MEAN");
    private static final int TOT_EMP = SyntheticRelease.COLUMNS.indexOf("TOT_EMP");
    private static final int JOBS_1000 = SyntheticRelease.COLUMNS.indexOf("JOBS_1000");
    private static final int LOC_QUOTIENT = SyntheticRelease.COLUMNS.indexOf("LOC_QUOTIENT");
    private static final int O_GROUP = SyntheticRelease.COLUMNS.indexOf("O_GROUP");
    private static final int AREA_TYPE = SyntheticRelease.COLUMNS.indexOf("AREA_TYPE");
    private static final List<Integer> ANNUAL_PERCENTILES = columns("A_PCT10", "A_PCT25", "A_MEDIAN", "A_PCT75", "A_PCT90");
    private static final List<Integer> HOURLY_PERCENTILES = columns("H_PCT10", "H_PCT25", "H_MEDIAN", "H_PCT75", "H_PCT90");

    @Test
    void theSameSeedWritesTheSameBytesAndAnotherSeedOtherFigures() throws IOException {
        SyntheticRelease.Settings small = SyntheticRelease.Settings.small();
        assertThat(csv(SyntheticRelease.generate(small), ReleaseFile.MSA))
                .isEqualTo(csv(SyntheticRelease.generate(small), ReleaseFile.MSA));
        assertThat(csv(SyntheticRelease.generate(small.withSeed(2)), ReleaseFile.MSA))
                .isNotEqualTo(csv(SyntheticRelease.generate(small), ReleaseFile.MSA));
        // a cell's figures depend on the seed, the area and the occupation only, not on what else the release holds
        assertThat(SyntheticRelease.generate(small).figures("12420", "15-1252"))
                .isEqualTo(SyntheticRelease.generate(small.withAreas(8, 0, 30, 0)).figures("12420", "15-1252"));
    }

    @Test
    void aFullSizeReleaseIsAboutAsLargeAndAsSparseAsBls() {
        assertThat(FULL.detailedOccupations()).hasSize(830);
        assertThat(FULL.areas(AreaType.STATE)).hasSize(51);
        assertThat(FULL.areas(AreaType.TERRITORY)).hasSize(3);
        assertThat(FULL.areas(AreaType.METRO)).hasSize(390);
        assertThat(FULL.areas(AreaType.NONMETRO)).hasSize(140);
        assertThat(FULL.figures(ReleaseFile.NATIONAL).filter(f -> f.occupation().detailed()).count()).isEqualTo(830);
        assertThat(FULL.figures(ReleaseFile.STATE).count()).isBetween(36_000L, 44_000L);
        assertThat(FULL.figures(ReleaseFile.MSA).count()).isBetween(125_000L, 155_000L);
        // big states hold nearly every occupation, small metros a few hundred at most
        assertThat(FULL.figures(FULL.area("06").orElseThrow()).stream().filter(f -> f.occupation().detailed()).count())
                .isGreaterThan(800);
        assertThat(FULL.figures(FULL.area("10420").orElseThrow()).stream().filter(f -> f.occupation().detailed()).count())
                .isBetween(100L, 600L);
    }

    @Test
    void namesAreasAsBlsDoes() {
        assertThat(FULL.areas(AreaType.NATIONAL)).containsExactly(new Area("99", "U.S.", AreaType.NATIONAL, "US"));
        assertThat(FULL.areas(AreaType.STATE)).allSatisfy(a -> {
            assertThat(a.code()).matches("\\d{2}");
            assertThat(a.primState()).matches("[A-Z]{2}");
        });
        assertThat(FULL.areas(AreaType.STATE)).contains(new Area("06", "California", AreaType.STATE, "CA"),
                new Area("11", "District of Columbia", AreaType.STATE, "DC"), new Area("56", "Wyoming", AreaType.STATE, "WY"));
        assertThat(FULL.areas(AreaType.TERRITORY)).containsExactly(new Area("66", "Guam", AreaType.TERRITORY, "GU"),
                new Area("72", "Puerto Rico", AreaType.TERRITORY, "PR"),
                new Area("78", "Virgin Islands", AreaType.TERRITORY, "VI"));
        Set<String> states = FULL.areas(AreaType.STATE, AreaType.TERRITORY).stream().map(Area::primState)
                .collect(Collectors.toSet());
        assertThat(FULL.areas(AreaType.METRO)).allSatisfy(a -> {
            assertThat(a.code()).matches("[1-4]\\d{3}0");
            assertThat(a.title()).matches("[A-Z][\\p{L} .-]+, [A-Z]{2}(-[A-Z]{2})*");
            assertThat(a.title()).contains(", " + a.primState());
            assertThat(states).contains(a.primState());
        });
        assertThat(FULL.area("12420")).contains(new Area("12420", "Austin-Round Rock-San Marcos, TX", AreaType.METRO, "TX"));
        Map<String, String> fipsByState = FULL.areas(AreaType.STATE).stream()
                .collect(Collectors.toMap(Area::primState, Area::code));
        assertThat(FULL.areas(AreaType.NONMETRO)).allSatisfy(a -> {
            assertThat(a.code()).matches("\\d{2}000\\d{2}").startsWith(fipsByState.get(a.primState()));
            assertThat(a.title()).endsWith(" nonmetropolitan area");
        });
        assertThat(FULL.areas().stream().map(Area::code).distinct().count()).isEqualTo(FULL.areas().size());
        assertThat(FULL.areas().stream().map(Area::title).distinct().count()).isEqualTo(FULL.areas().size());
    }

    @Test
    void namesOccupationsWithSocCodesAndAFewGroupRowsImportersSkip() {
        assertThat(FULL.occupations()).allSatisfy(o -> assertThat(o.socCode()).matches("\\d{2}-\\d{4}"));
        assertThat(FULL.occupations().stream().map(Occupation::socCode).distinct().count()).isEqualTo(FULL.occupations().size());
        assertThat(FULL.detailedOccupations().stream().map(Occupation::title).distinct().count()).isEqualTo(830);
        assertThat(FULL.occupations()).contains(
                new Occupation("15-1252", "Software Developers", Occupation.Group.DETAILED, Occupation.PayBasis.ANNUAL_AND_HOURLY),
                new Occupation("00-0000", "All Occupations", Occupation.Group.TOTAL, Occupation.PayBasis.ANNUAL_AND_HOURLY),
                new Occupation("15-0000", "Computer and Mathematical Occupations", Occupation.Group.MAJOR,
                        Occupation.PayBasis.ANNUAL_AND_HOURLY));
        Map<Occupation.Group, Long> groups = FULL.occupations().stream()
                .collect(Collectors.groupingBy(Occupation::group, Collectors.counting()));
        assertThat(groups.get(Occupation.Group.MAJOR)).isEqualTo(22);
        assertThat(groups.get(Occupation.Group.BROAD)).isBetween(20L, 120L);
        // a major or broad group sums the detailed occupations that share its code's prefix
        for (Occupation group : FULL.occupations()) {
            if (group.group() == Occupation.Group.MAJOR || group.group() == Occupation.Group.BROAD) {
                String prefix = group.group() == Occupation.Group.MAJOR ? group.socCode().substring(0, 3)
                        : group.socCode().substring(0, 6);
                assertThat(FULL.members(group)).isNotEmpty().allSatisfy(o -> assertThat(o.socCode()).startsWith(prefix));
            }
        }
    }

    @Test
    void marksAreaRowsNotAvailableAtTheConfiguredRatesAndNationalRowsNever() {
        long[] counts = new long[4];
        FULL.rows(ReleaseFile.MSA).filter(detailed()).forEach(cells -> {
            counts[0]++;
            if (cells.get(A_MEAN).equals("*") && cells.get(H_MEAN).equals("*")) {
                counts[1]++;
            } else if (ANNUAL_PERCENTILES.stream().allMatch(c -> cells.get(c).equals("*"))
                    && HOURLY_PERCENTILES.stream().allMatch(c -> cells.get(c).equals("*"))) {
                counts[2]++;
            }
            if (cells.get(TOT_EMP).equals("**")) {
                counts[3]++;
                assertThat(List.of(cells.get(JOBS_1000), cells.get(LOC_QUOTIENT))).containsOnly("**");
            }
        });
        SyntheticRelease.Markers rates = SyntheticRelease.Markers.DEFAULT;
        assertThat((double) counts[1] / counts[0]).isCloseTo(rates.wagesNotAvailable(), within(0.004));
        assertThat((double) counts[2] / counts[0])
                .isCloseTo(rates.percentilesNotAvailable() * (1 - rates.wagesNotAvailable()), within(0.004));
        assertThat((double) counts[3] / counts[0]).isCloseTo(rates.employmentNotAvailable(), within(0.004));
        assertThat(FULL.rows(ReleaseFile.NATIONAL).flatMap(List::stream)).doesNotContain("**", "~");
        assertThat(FULL.rows(ReleaseFile.NATIONAL).filter(detailed()))
                .allSatisfy(cells -> assertThat(cells.get(A_MEAN).equals("*") && cells.get(H_MEAN).equals("*")).isFalse());
    }

    @Test
    void printsTinyAreasSharesAsTildeAtTheConfiguredRate() {
        List<List<String>> territories = FULL.rows(ReleaseFile.STATE).filter(detailed())
                .filter(cells -> cells.get(AREA_TYPE).equals("3")).toList();
        Map<String, List<List<String>>> byArea = territories.stream().collect(Collectors.groupingBy(c -> c.get(0)));
        // Guam and the Virgin Islands employ fewer than 80,000 people; Puerto Rico does not
        assertThat(byArea.get("72")).noneMatch(cells -> cells.contains("~"));
        List<List<String>> tiny = new ArrayList<>(byArea.get("66"));
        tiny.addAll(byArea.get("78"));
        long tilde = tiny.stream().filter(cells -> cells.get(JOBS_1000).equals("~")).count();
        assertThat(tiny).allSatisfy(cells -> assertThat(cells.get(JOBS_1000).equals("~"))
                .isEqualTo(cells.get(LOC_QUOTIENT).equals("~")));
        SyntheticRelease.Markers rates = SyntheticRelease.Markers.DEFAULT;
        assertThat((double) tilde / tiny.size())
                .isCloseTo(rates.tinyAreaShares() * (1 - rates.employmentNotAvailable()), within(0.05));
        assertThat(FULL.rows(ReleaseFile.STATE).filter(cells -> cells.get(AREA_TYPE).equals("2")).flatMap(List::stream))
                .doesNotContain("~");
    }

    @Test
    void annualOnlyRowsPublishNoHourlyFiguresAndHourlyOnlyRowsNoAnnualOnes() {
        List<List<String>> rows = FULL.rows(ReleaseFile.NATIONAL).toList();
        int annual = SyntheticRelease.COLUMNS.indexOf("ANNUAL");
        int hourly = SyntheticRelease.COLUMNS.indexOf("HOURLY");
        List<List<String>> annualOnly = rows.stream().filter(c -> c.get(annual).equals("TRUE")).toList();
        List<List<String>> hourlyOnly = rows.stream().filter(c -> c.get(hourly).equals("TRUE")).toList();
        assertThat(annualOnly).isNotEmpty().allSatisfy(cells -> {
            assertThat(cells.get(H_MEAN)).isEqualTo("*");
            assertThat(HOURLY_PERCENTILES).allSatisfy(c -> assertThat(cells.get(c)).isEqualTo("*"));
            assertThat(cells.get(A_MEAN)).matches("[\\d,]+");
        });
        assertThat(hourlyOnly).isNotEmpty().allSatisfy(cells -> {
            assertThat(cells.get(A_MEAN)).isEqualTo("*");
            assertThat(ANNUAL_PERCENTILES).allSatisfy(c -> assertThat(cells.get(c)).isEqualTo("*"));
            assertThat(cells.get(H_MEAN)).matches("\\d+\\.\\d\\d");
        });
        assertThat(rows).noneMatch(c -> c.get(annual).equals("TRUE") && c.get(hourly).equals("TRUE"));
        // 3 % and 1 % of 808 generated occupations, plus the teachers and actors of the catalogue
        assertThat(annualOnly.size()).isBetween(12, 45);
        assertThat(hourlyOnly.size()).isBetween(3, 20);
        assertThat(FULL.figures("99", "25-2021").orElseThrow().occupation().payBasis())
                .isEqualTo(Occupation.PayBasis.ANNUAL_ONLY);
        assertThat(FULL.figures("99", "27-2011").orElseThrow().mean().annual()).isNull();
    }

    @Test
    void topCodesExactlyThePercentilesAtOrAboveTheTopCodeAndNeverAMean() {
        long[] rows = new long[2];
        for (ReleaseFile file : ReleaseFile.values()) {
            FULL.figures(file).forEach(f -> {
                rows[0]++;
                assertThat(f.mean().annualTopCoded() || f.mean().hourlyTopCoded()).isFalse();
                boolean any = false;
                for (Wage w : f.percentiles()) {
                    assertThat(w.annualTopCoded()).isEqualTo(w.annual() != null && w.annual() >= Wage.ANNUAL_TOP_CODE);
                    assertThat(w.hourlyTopCoded())
                            .isEqualTo(w.hourly() != null && w.hourly().compareTo(Wage.HOURLY_TOP_CODE) >= 0);
                    if (w.annualTopCoded()) {
                        assertThat(w.annual()).isEqualTo(Wage.ANNUAL_TOP_CODE);
                    }
                    if (w.hourlyTopCoded()) {
                        assertThat(w.hourly()).isEqualTo(Wage.HOURLY_TOP_CODE);
                    }
                    any |= w.annualTopCoded() || w.hourlyTopCoded();
                }
                if (any) {
                    rows[1]++;
                }
            });
        }
        // well-paid occupations' high percentiles: a few percent of rows, as in BLS's files
        assertThat((double) rows[1] / rows[0]).isBetween(0.01, 0.15);
        assertThat(FULL.figures("99", "29-1215").orElseThrow().percentile(90).annualTopCoded()).isTrue();
    }

    @Test
    void percentilesRiseTheMeanLiesBetweenTheQuartilesAndHourlyIsAnnualOver2080ToTheCent() {
        long[] checked = new long[1];
        for (ReleaseFile file : ReleaseFile.values()) {
            FULL.figures(file).forEach(f -> {
                List<Wage> p = f.percentiles();
                for (int i = 1; i < p.size(); i++) {
                    if (p.get(i - 1).annual() != null && p.get(i).annual() != null) {
                        assertThat(p.get(i).annual()).isGreaterThanOrEqualTo(p.get(i - 1).annual());
                    }
                    if (p.get(i - 1).hourly() != null && p.get(i).hourly() != null) {
                        assertThat(p.get(i).hourly()).isGreaterThanOrEqualTo(p.get(i - 1).hourly());
                    }
                }
                Wage p25 = f.percentile(25);
                Wage p75 = f.percentile(75);
                if (f.mean().annual() != null && p25.annual() != null && p75.annual() != null && !p75.annualTopCoded()) {
                    assertThat(f.mean().annual()).isBetween(p25.annual(), p75.annual());
                    checked[0]++;
                }
                List<Wage> all = new ArrayList<>(p);
                all.add(f.mean());
                for (Wage w : all) {
                    if (w.annual() != null && w.hourly() != null && !w.annualTopCoded() && !w.hourlyTopCoded()) {
                        assertThat(w.annual() % 10).isZero();
                        assertThat(w.hourly()).isEqualTo(BigDecimal.valueOf(w.annual())
                                .divide(BigDecimal.valueOf(2080), 2, RoundingMode.HALF_UP));
                    }
                }
            });
        }
        assertThat(checked[0]).isGreaterThan(150_000);
    }

    @Test
    void writesNumbersWithThousandsSeparatorsAsBls() {
        List<List<String>> rows = FULL.rows(ReleaseFile.STATE).limit(2_000).toList();
        assertThat(rows).allSatisfy(cells -> {
            assertThat(cells.get(TOT_EMP)).matches("\\*\\*|\\d{1,3}(,\\d{3})*");
            for (int c : ANNUAL_PERCENTILES) {
                assertThat(cells.get(c)).matches("[*#]|\\d{1,3}(,\\d{3})*");
            }
            for (int c : HOURLY_PERCENTILES) {
                assertThat(cells.get(c)).matches("[*#]|\\d+\\.\\d\\d");
            }
        });
        assertThat(rows).anyMatch(cells -> cells.get(A_MEAN).matches("\\d{2,3},\\d{3}"));
        assertThat(rows.get(0).get(TOT_EMP)).contains(",");
    }

    @Test
    void rejectsSettingsOutsideWhatItCanName() {
        SyntheticRelease.Settings full = SyntheticRelease.Settings.fullSize();
        assertThatThrownBy(() -> full.withOccupations(5_000)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("occupations");
        assertThatThrownBy(() -> full.withAreas(52, 3, 390, 140)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("states");
        assertThatThrownBy(() -> full.withYear(1800)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SyntheticRelease.Markers(0.2, 0, 0, 1.5, 0, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Predicate<List<String>> detailed() {
        return cells -> cells.get(O_GROUP).equals("detailed");
    }

    private static byte[] csv(SyntheticRelease release, ReleaseFile file) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        release.write(file, ReleaseFile.Format.CSV, out);
        return out.toByteArray();
    }

    private static List<Integer> columns(String... names) {
        return List.of(names).stream().map(SyntheticRelease.COLUMNS::indexOf).toList();
    }
}
