package com.salaryguide.testsupport.oews;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * A synthetic BLS OEWS release: national, state (with territories) and MSA (metropolitan and nonmetropolitan) files
 * with BLS's 32 columns, its markers and its quirks, drawn deterministically from a seed. The figures are also
 * offered as plain records ({@link Figures}, {@link Occupation}, {@link Area}) so a test can work out what a service
 * should answer (a ranking, a percentile rank, a compare matrix) without asking a service.
 *
 * <p>Only the release's shape (occupations, areas and their national levels) is held in memory; each row is drawn
 * from its own random stream (seed, area code, SOC code) when asked for, so a full-size release is written in
 * bounded memory and any single figure can be looked up without generating the rest.
 *
 * <p>What the figures obey: percentiles rise (10th &lt; 25th &lt; median &lt; 75th &lt; 90th); the mean lies between
 * the 25th and 75th percentiles; annual figures are whole tens of dollars and hourly = annual / 2080 to the cent;
 * "#" stands for every percentile at or above $239,200 a year or $115.00 an hour, and nothing else; means are never
 * top-coded. Markers in area rows come at the rates of {@link Markers}; the national file has none but "#" and the
 * ANNUAL/HOURLY flags. Not every occupation appears in every area: an occupation is left out of an area where its
 * drawn employment falls below {@value #MIN_PUBLISHED_EMPLOYMENT} (states, territories) or
 * {@value #MIN_PUBLISHED_LOCAL_EMPLOYMENT} (metropolitan and nonmetropolitan areas), which makes a full-size release
 * about as sparse as BLS's: some 40,000 state rows and 140,000 metro and nonmetro rows.
 *
 * <p>Run {@link #main} (or {@code bin/generate-oews-release.sh}) for a full-size release on disk.
 */
public final class SyntheticRelease {

    /** BLS's columns, in its order. */
    public static final List<String> COLUMNS = ReleaseRows.COLUMNS;
    /** A state or territory has no row for an occupation whose drawn employment falls below this. */
    public static final int MIN_PUBLISHED_EMPLOYMENT = 30;
    /**
     * The same floor for metropolitan and nonmetropolitan areas: BLS's smaller samples there publish fewer
     * occupations (a few hundred in a small metro), and this gives a full-size MSA file about BLS's 140,000 rows.
     */
    public static final int MIN_PUBLISHED_LOCAL_EMPLOYMENT = 75;
    /** Areas employing fewer people than this are tiny: some of their shares are printed "~". */
    public static final long TINY_AREA_EMPLOYMENT = 80_000;

    private static final double[] Z_SCORES = {-1.2816, -0.6745, 0, 0.6745, 1.2816};
    private static final BigDecimal HOURS_PER_YEAR = BigDecimal.valueOf(2080);
    /** How far an area's employment in an occupation strays from its share of the nation's (log-normal sigma). */
    private static final double EMPLOYMENT_NOISE = 1.1;

    /**
     * Shares of area rows (detailed occupations, national file excluded) that carry each marker, and of generated
     * occupations published annual-only or hourly-only.
     *
     * @param wagesNotAvailable       every wage cell "*" (means, percentiles, MEAN_PRSE)
     * @param percentilesNotAvailable percentile cells "*", the means published (of the rows whose wages are not all "*")
     * @param employmentNotAvailable  TOT_EMP, EMP_PRSE, JOBS_1000 and LOC_QUOTIENT "**"
     * @param tinyAreaShares          of rows in tiny areas ({@link #TINY_AREA_EMPLOYMENT}): JOBS_1000 and LOC_QUOTIENT "~"
     * @param annualOnly              generated occupations with ANNUAL=TRUE (hourly cells "*")
     * @param hourlyOnly              generated occupations with HOURLY=TRUE (annual cells "*")
     */
    public record Markers(double wagesNotAvailable, double percentilesNotAvailable, double employmentNotAvailable,
                          double tinyAreaShares, double annualOnly, double hourlyOnly) {

        public static final Markers DEFAULT = new Markers(0.02, 0.03, 0.02, 0.25, 0.03, 0.01);
        public static final Markers NONE = new Markers(0, 0, 0, 0, 0, 0);

        public Markers {
            for (double share : new double[] {wagesNotAvailable, percentilesNotAvailable, employmentNotAvailable,
                    tinyAreaShares, annualOnly, hourlyOnly}) {
                if (!(share >= 0 && share <= 1)) {
                    throw new IllegalArgumentException("marker shares are between 0 and 1, not " + share);
                }
            }
            if (annualOnly + hourlyOnly > 1) {
                throw new IllegalArgumentException("annualOnly + hourlyOnly is at most 1");
            }
        }
    }

    /**
     * What to generate. {@code occupations} detailed occupations (the real ones of the catalogue first, such as
     * 15-1252 and 15-2051, then generated ones); the {@code states} largest of the 50 states and DC; the first
     * {@code territories} of PR, GU, VI; {@code metros} metropolitan areas (real CBSAs such as 12420 Austin first,
     * then generated ones); {@code nonmetros} nonmetropolitan areas spread over the states.
     */
    public record Settings(long seed, int year, int occupations, int states, int territories, int metros,
                           int nonmetros, Markers markers) {

        public Settings {
            check(year >= 1997 && year <= 2100, "year is 1997-2100");
            check(occupations >= 1 && occupations <= ReleaseShape.MAX_OCCUPATIONS,
                    "occupations is 1-" + ReleaseShape.MAX_OCCUPATIONS);
            check(states >= 0 && states <= Catalog.STATES.size(), "states is 0-" + Catalog.STATES.size());
            check(territories >= 0 && territories <= Catalog.TERRITORIES.size(),
                    "territories is 0-" + Catalog.TERRITORIES.size());
            check(metros >= 0 && metros <= 1500, "metros is 0-1500");
            check(nonmetros >= 0, "nonmetros is 0 or more");
            check(markers != null, "markers are required");
        }

        /** About the size of a real release: 830 occupations, 51 states, 3 territories, 390 metros, 140 nonmetros. */
        public static Settings fullSize() {
            return new Settings(1, 2024, 830, 51, 3, 390, 140, Markers.DEFAULT);
        }

        /** A release a test generates in milliseconds: 60 occupations, 8 states, 3 territories, 16 metros, 8 nonmetros. */
        public static Settings small() {
            return new Settings(1, 2024, 60, 8, 3, 16, 8, Markers.DEFAULT);
        }

        public Settings withSeed(long seed) {
            return new Settings(seed, year, occupations, states, territories, metros, nonmetros, markers);
        }

        public Settings withYear(int year) {
            return new Settings(seed, year, occupations, states, territories, metros, nonmetros, markers);
        }

        public Settings withOccupations(int occupations) {
            return new Settings(seed, year, occupations, states, territories, metros, nonmetros, markers);
        }

        public Settings withAreas(int states, int territories, int metros, int nonmetros) {
            return new Settings(seed, year, occupations, states, territories, metros, nonmetros, markers);
        }

        public Settings withMarkers(Markers markers) {
            return new Settings(seed, year, occupations, states, territories, metros, nonmetros, markers);
        }

        private static void check(boolean ok, String rule) {
            if (!ok) {
                throw new IllegalArgumentException(rule);
            }
        }
    }

    private final Settings settings;
    private final List<Occupation> occupations;
    private final Map<String, ReleaseShape.OccupationProfile> detailed = new LinkedHashMap<>();
    private final Map<String, Occupation> groupsBySoc = new LinkedHashMap<>();
    private final Map<Occupation, List<String>> groupMembers;
    private final Map<String, ReleaseShape.AreaProfile> areas = new LinkedHashMap<>();
    /** Employment of the whole country, whatever this release lists: the base an area's share of it is taken from. */
    private final long countryEmployment;
    /** Employment of the national file's detailed occupations: the base of location quotients. */
    private final long nationalTotal;
    /** Each area's total employment once drawn (a few hundred numbers), so a single lookup need not redraw its area. */
    private final Map<String, Long> areaTotals = new ConcurrentHashMap<>();

    private SyntheticRelease(Settings settings) {
        this.settings = settings;
        ReleaseShape shape = new ReleaseShape(settings);
        shape.detailed.forEach(p -> detailed.put(p.occupation().socCode(), p));
        groupMembers = shape.groups;
        groupMembers.keySet().forEach(o -> groupsBySoc.put(o.socCode(), o));
        shape.areas.forEach(a -> areas.put(a.area().code(), a));
        countryEmployment = shape.areas.get(0).employment();
        nationalTotal = detailed.values().stream().mapToLong(ReleaseShape.OccupationProfile::employment).sum();
        List<Occupation> all = new ArrayList<>(groupsBySoc.values());
        detailed.values().forEach(p -> all.add(p.occupation()));
        all.sort(Comparator.comparing(Occupation::socCode));
        occupations = Collections.unmodifiableList(all);
    }

    public static SyntheticRelease generate(Settings settings) {
        return new SyntheticRelease(settings);
    }

    public Settings settings() {
        return settings;
    }

    public int year() {
        return settings.year();
    }

    /** Every occupation with a row in the national file, in SOC code order: detailed ones and the group rows. */
    public List<Occupation> occupations() {
        return occupations;
    }

    /** The detailed occupations only: what importers take. */
    public List<Occupation> detailedOccupations() {
        return detailed.values().stream().map(ReleaseShape.OccupationProfile::occupation).toList();
    }

    /** The detailed occupations a group row (total, major or broad) sums up. */
    public List<Occupation> members(Occupation group) {
        List<String> socs = groupMembers.get(group);
        return socs == null ? List.of() : socs.stream().map(s -> detailed.get(s).occupation()).toList();
    }

    /** Areas of the given types in file order (by area code), or all areas when none is given. */
    public List<Area> areas(AreaType... types) {
        List<AreaType> wanted = List.of(types.length == 0 ? AreaType.values() : types);
        return areas.values().stream().map(ReleaseShape.AreaProfile::area).filter(a -> wanted.contains(a.type())).toList();
    }

    public Optional<Area> area(String code) {
        return Optional.ofNullable(areas.get(code)).map(ReleaseShape.AreaProfile::area);
    }

    /** The row of one occupation (detailed or group) in one area, if the area's file has it. */
    public Optional<Figures> figures(String areaCode, String socCode) {
        ReleaseShape.AreaProfile area = areas.get(areaCode);
        if (area == null) {
            return Optional.empty();
        }
        ReleaseShape.OccupationProfile occupation = detailed.get(socCode);
        if (occupation != null) {
            return draw(area, occupation).map(d -> cell(area, occupation, d, areaTotal(area)).figures());
        }
        Occupation group = groupsBySoc.get(socCode);
        return group == null ? Optional.empty() : groupFigures(area, group, detailedCells(area));
    }

    /** Every row of one area, in file order (SOC code order, group rows among them). */
    public List<Figures> figures(Area area) {
        ReleaseShape.AreaProfile profile = areas.get(area.code());
        if (profile == null) {
            throw new IllegalArgumentException("no area " + area.code() + " in this release");
        }
        Map<String, Cell> cells = detailedCells(profile);
        List<Figures> rows = new ArrayList<>(cells.size() + groupMembers.size());
        for (Occupation o : occupations) {
            if (o.detailed()) {
                Cell cell = cells.get(o.socCode());
                if (cell != null) {
                    rows.add(cell.figures());
                }
            } else {
                groupFigures(profile, o, cells).ifPresent(rows::add);
            }
        }
        return rows;
    }

    /** Every row of one file, area by area, drawn as the stream is read (one area's rows in memory at a time). */
    public Stream<Figures> figures(ReleaseFile file) {
        return areas(file.areaTypes().toArray(AreaType[]::new)).stream().flatMap(a -> figures(a).stream());
    }

    /** The cells of every row of one file as the file prints them, in {@link #COLUMNS} order. */
    public Stream<List<String>> rows(ReleaseFile file) {
        return figures(file).map(f -> ReleaseRows.cells(f, settings.seed()));
    }

    /** Writes the three files into {@code directory} (created if needed), BLS-named; returns their paths. */
    public List<Path> write(Path directory, ReleaseFile.Format format) {
        try {
            Files.createDirectories(directory);
            List<Path> written = new ArrayList<>();
            for (ReleaseFile file : ReleaseFile.values()) {
                Path path = directory.resolve(file.fileName(year(), format));
                try (OutputStream out = Files.newOutputStream(path)) {
                    write(file, format, out);
                }
                written.add(path);
            }
            return written;
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** Streams one file to {@code out} (left open); returns the number of data rows written. */
    public long write(ReleaseFile file, ReleaseFile.Format format, OutputStream out) throws IOException {
        try (TableWriter table = TableWriter.open(format, out, file.baseName(year()))) {
            table.row(COLUMNS);
            long[] rows = {0};
            rows(file).forEach(cells -> {
                table.row(cells);
                rows[0]++;
            });
            return rows[0];
        }
    }

    // ---- drawing figures ----

    /** What an area's random stream for one occupation decided, before the area's total employment is known. */
    private record Draw(long employment, double[] annual, boolean noWages, boolean noPercentiles, boolean noEmployment,
                        boolean tiny) {
    }

    /** A detailed occupation present in an area: its published figures and the unrounded values groups sum up. */
    private record Cell(Figures figures, long employment, double[] annual) {
    }

    private Map<String, Cell> detailedCells(ReleaseShape.AreaProfile area) {
        Map<String, Draw> draws = new LinkedHashMap<>();
        for (ReleaseShape.OccupationProfile o : detailed.values()) {
            draw(area, o).ifPresent(d -> draws.put(o.occupation().socCode(), d));
        }
        long total = draws.values().stream().mapToLong(Draw::employment).sum();
        areaTotals.putIfAbsent(area.area().code(), total);
        Map<String, Cell> cells = new LinkedHashMap<>();
        draws.forEach((soc, d) -> cells.put(soc, cell(area, detailed.get(soc), d, total)));
        return cells;
    }

    /** The area's employment in all occupations: what JOBS_1000 counts per thousand of, as BLS does. */
    private long areaTotal(ReleaseShape.AreaProfile area) {
        Long total = areaTotals.get(area.area().code());
        return total != null ? total : detailedCells(area).values().stream().mapToLong(Cell::employment).sum();
    }

    private Optional<Draw> draw(ReleaseShape.AreaProfile area, ReleaseShape.OccupationProfile occupation) {
        boolean national = area.area().type() == AreaType.NATIONAL;
        SplittableRandom random = new SplittableRandom(mix(settings.seed(), area.area().code(), occupation.occupation().socCode()));
        // every draw is made whatever the outcome, so one decision never shifts another's random numbers
        double employmentDraw = random.nextGaussian();
        double payDraw = random.nextGaussian();
        double spreadDraw = random.nextGaussian();
        double wagesMissing = random.nextDouble();
        double percentilesMissing = random.nextDouble();
        double employmentMissing = random.nextDouble();
        double tinyShare = random.nextDouble();

        // the occupation's share of the area's jobs, scattered log-normally around its national share
        double employment = national ? occupation.employment() : occupation.employment() * (double) area.employment()
                / countryEmployment * Math.exp(EMPLOYMENT_NOISE * employmentDraw - EMPLOYMENT_NOISE * EMPLOYMENT_NOISE / 2);
        if (employment < minimumPublished(area.area().type())) {
            return Optional.empty();
        }
        long rounded = Math.max(MIN_PUBLISHED_EMPLOYMENT, Math.round(employment / 10) * 10);
        double median = national ? occupation.median() : occupation.median() * area.payIndex() * Math.exp(0.08 * payDraw);
        double spread = national ? occupation.spread() : occupation.spread() * Math.exp(0.10 * spreadDraw);

        Markers m = settings.markers();
        boolean noWages = !national && wagesMissing < m.wagesNotAvailable();
        boolean noPercentiles = !national && !noWages && percentilesMissing < m.percentilesNotAvailable();
        boolean noEmployment = !national && employmentMissing < m.employmentNotAvailable();
        boolean tiny = !national && !noEmployment && area.employment() < TINY_AREA_EMPLOYMENT
                && tinyShare < m.tinyAreaShares();
        return Optional.of(new Draw(rounded, annualFigures(median, spread), noWages, noPercentiles, noEmployment, tiny));
    }

    private Cell cell(ReleaseShape.AreaProfile area, ReleaseShape.OccupationProfile occupation, Draw d, long areaTotal) {
        boolean national = area.area().type() == AreaType.NATIONAL;
        Occupation.PayBasis basis = occupation.occupation().payBasis();
        Wage mean = d.noWages() ? Wage.NOT_AVAILABLE : publish(d.annual()[0], basis, false);
        List<Wage> percentiles = new ArrayList<>(5);
        for (int i = 1; i <= 5; i++) {
            percentiles.add(d.noWages() || d.noPercentiles() ? Wage.NOT_AVAILABLE : publish(d.annual()[i], basis, true));
        }
        boolean shares = !national && !d.noEmployment() && !d.tiny();
        Figures figures = new Figures(area.area(), occupation.occupation(), d.noEmployment() ? null : (int) d.employment(),
                shares ? jobsPer1000(d.employment(), areaTotal) : null,
                shares ? locationQuotient(d.employment(), areaTotal, occupation.employment()) : null,
                d.tiny(), mean, percentiles);
        return new Cell(figures, d.employment(), d.annual());
    }

    private static int minimumPublished(AreaType type) {
        return type == AreaType.METRO || type == AreaType.NONMETRO ? MIN_PUBLISHED_LOCAL_EMPLOYMENT : MIN_PUBLISHED_EMPLOYMENT;
    }

    /** A group row sums its members present in the area: employment added, wages weighted by employment. */
    private Optional<Figures> groupFigures(ReleaseShape.AreaProfile area, Occupation group, Map<String, Cell> cells) {
        long employment = 0;
        long nationalEmployment = 0;
        double[] weighted = new double[6];
        for (String soc : groupMembers.get(group)) {
            nationalEmployment += detailed.get(soc).employment();
            Cell cell = cells.get(soc);
            if (cell != null) {
                employment += cell.employment();
                for (int i = 0; i < 6; i++) {
                    weighted[i] += cell.employment() * cell.annual()[i];
                }
            }
        }
        if (employment == 0) {
            return Optional.empty();
        }
        boolean national = area.area().type() == AreaType.NATIONAL;
        long areaTotal = areaTotal(area);
        List<Wage> percentiles = new ArrayList<>(5);
        for (int i = 1; i <= 5; i++) {
            percentiles.add(publish(weighted[i] / employment, Occupation.PayBasis.ANNUAL_AND_HOURLY, true));
        }
        return Optional.of(new Figures(area.area(), group, (int) Math.min(Integer.MAX_VALUE, employment),
                national ? null : jobsPer1000(employment, areaTotal),
                national ? null : locationQuotient(employment, areaTotal, nationalEmployment), false,
                publish(weighted[0] / employment, Occupation.PayBasis.ANNUAL_AND_HOURLY, false), percentiles));
    }

    /** Mean, then the 10th..90th percentiles of a log-normal pay distribution: mean between p25 and p75 (spread < 1.3). */
    private static double[] annualFigures(double median, double spread) {
        double[] annual = new double[6];
        annual[0] = median * Math.exp(spread * spread / 2);
        for (int i = 0; i < 5; i++) {
            annual[i + 1] = median * Math.exp(Z_SCORES[i] * spread);
        }
        return annual;
    }

    /** As BLS prints it: annual to the ten dollars, hourly = annual / 2080 to the cent, "#" at or above the top code. */
    private static Wage publish(double annualValue, Occupation.PayBasis basis, boolean topCodes) {
        int annual = (int) (Math.round(annualValue / 10) * 10);
        BigDecimal hourly = BigDecimal.valueOf(annual).divide(HOURS_PER_YEAR, 2, RoundingMode.HALF_UP);
        boolean annualTop = topCodes && annual >= Wage.ANNUAL_TOP_CODE;
        boolean hourlyTop = topCodes && hourly.compareTo(Wage.HOURLY_TOP_CODE) >= 0;
        boolean annualShown = basis != Occupation.PayBasis.HOURLY_ONLY;
        boolean hourlyShown = basis != Occupation.PayBasis.ANNUAL_ONLY;
        return new Wage(annualShown ? (annualTop ? Wage.ANNUAL_TOP_CODE : annual) : null, annualShown && annualTop,
                hourlyShown ? (hourlyTop ? Wage.HOURLY_TOP_CODE : hourly) : null, hourlyShown && hourlyTop);
    }

    private static BigDecimal jobsPer1000(long employment, long areaTotal) {
        return BigDecimal.valueOf(employment * 1000.0 / areaTotal).setScale(3, RoundingMode.HALF_UP);
    }

    /** The occupation's share of the area's jobs over its share of the nation's. */
    private BigDecimal locationQuotient(long employment, long areaTotal, long nationalEmployment) {
        double local = (double) employment / areaTotal;
        double nation = (double) nationalEmployment / nationalTotal;
        return BigDecimal.valueOf(local / nation).setScale(2, RoundingMode.HALF_UP);
    }

    /** One 64-bit seed per (release seed, area, occupation): stable whatever else the release holds. */
    static long mix(long seed, String... parts) {
        long h = seed ^ 0x9E3779B97F4A7C15L;
        for (String part : parts) {
            for (int i = 0; i < part.length(); i++) {
                h = (h ^ part.charAt(i)) * 0x100000001B3L;
            }
            h = Long.rotateLeft(h * 0xBF58476D1CE4E5B9L, 31) ^ 0x94D049BB133111EBL;
        }
        return h;
    }

    // ---- command line ----

    /**
     * {@code SyntheticRelease DIR [--occupations 830] [--seed 1] [--format xlsx|csv] [--year 2024] [--states 51]
     * [--territories 3] [--metros 390] [--nonmetros 140]}: writes a release's three files into DIR.
     */
    public static void main(String[] args) throws IOException {
        Settings settings = Settings.fullSize();
        ReleaseFile.Format format = ReleaseFile.Format.XLSX;
        Path directory = null;
        int states = settings.states();
        int territories = settings.territories();
        int metros = settings.metros();
        int nonmetros = settings.nonmetros();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--")) {
                directory = Path.of(arg);
                continue;
            }
            if (i + 1 >= args.length) {
                usage(arg + " needs a value");
            }
            String value = args[++i];
            try {
                switch (arg) {
                    case "--occupations" -> settings = settings.withOccupations(Integer.parseInt(value));
                    case "--seed" -> settings = settings.withSeed(Long.parseLong(value));
                    case "--year" -> settings = settings.withYear(Integer.parseInt(value));
                    case "--format" -> format = ReleaseFile.Format.valueOf(value.toUpperCase(Locale.ROOT));
                    case "--states" -> states = Integer.parseInt(value);
                    case "--territories" -> territories = Integer.parseInt(value);
                    case "--metros" -> metros = Integer.parseInt(value);
                    case "--nonmetros" -> nonmetros = Integer.parseInt(value);
                    default -> usage("unknown option " + arg);
                }
            } catch (IllegalArgumentException ex) {
                usage(arg + " " + value + ": " + ex.getMessage());
            }
        }
        if (directory == null) {
            usage("name the directory to write into");
        }
        try {
            settings = settings.withAreas(states, territories, metros, nonmetros);
        } catch (IllegalArgumentException ex) {
            usage(ex.getMessage());
        }
        SyntheticRelease release = generate(settings);
        Files.createDirectories(directory);
        System.out.printf(Locale.ROOT, "Synthetic OEWS %d release, seed %d: %d detailed occupations, %d areas%n",
                settings.year(), settings.seed(), release.detailedOccupations().size(), release.areas().size() - 1);
        for (ReleaseFile file : ReleaseFile.values()) {
            long started = System.nanoTime();
            Path path = directory.resolve(file.fileName(settings.year(), format));
            long rows;
            try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(path), 1 << 16)) {
                rows = release.write(file, format, out);
            }
            System.out.printf(Locale.ROOT, "  %-26s %,9d rows %,12d bytes  %5.1f s%n", path.getFileName(), rows,
                    Files.size(path), (System.nanoTime() - started) / 1e9);
        }
    }

    private static void usage(String problem) {
        System.err.println(problem);
        System.err.println("usage: SyntheticRelease DIR [--occupations 830] [--seed 1] [--format xlsx|csv] [--year 2024]"
                + " [--states 51] [--territories 3] [--metros 390] [--nonmetros 140]");
        System.exit(2);
    }
}
