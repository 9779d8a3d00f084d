package com.salaryguide.testsupport.oews;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

/**
 * What a release is made of before any figure is drawn: its occupations (each with a national median, spread and
 * employment), which detailed occupations each group row sums up, and its areas (each with total employment and a
 * pay level). All drawn from {@link Catalog} with one random sequence per seed, so a seed always gives the same
 * shape.
 */
final class ReleaseShape {

    /** An occupation with the national figures its area figures are drawn around. */
    record OccupationProfile(Occupation occupation, double median, double spread, long employment) {
    }

    /** An area with its total employment (the denominator of JOBS_1000) and pay level (1.0 = U.S.). */
    record AreaProfile(Area area, long employment, double payIndex) {
    }

    /** The largest number of detailed occupations the catalogue's words can name. */
    static final int MAX_OCCUPATIONS = 1200;
    private static final int FAMILIES_PER_MINOR_GROUP = 18;
    private static final int MIN_BROAD_GROUP = 4;

    final List<OccupationProfile> detailed = new ArrayList<>();
    /** Group rows (total, major, broad) and the SOC codes of the detailed occupations each sums up. */
    final Map<Occupation, List<String>> groups = new LinkedHashMap<>();
    final List<AreaProfile> areas = new ArrayList<>();

    ReleaseShape(SyntheticRelease.Settings settings) {
        SplittableRandom random = new SplittableRandom(settings.seed());
        addOccupations(settings, random.split());
        addAreas(settings, random.split());
    }

    // ---- occupations ----

    private void addOccupations(SyntheticRelease.Settings settings, SplittableRandom random) {
        List<Catalog.KnownOccupation> known = Catalog.OCCUPATIONS.subList(0,
                Math.min(settings.occupations(), Catalog.OCCUPATIONS.size()));
        for (Catalog.KnownOccupation k : known) {
            detailed.add(new OccupationProfile(new Occupation(k.soc(), k.title(), Occupation.Group.DETAILED, k.payBasis()),
                    k.medianAnnual(), k.spread(), k.employment()));
        }
        // titles are unique across groups too ("Dental Technicians" could come from 29 and from 31)
        Set<String> titles = known.stream().map(Catalog.KnownOccupation::title).collect(Collectors.toCollection(HashSet::new));
        Set<String> knownBroadCodes = known.stream().map(k -> k.soc().substring(0, 6) + "0").collect(Collectors.toSet());
        int[] counts = share(settings.occupations() - known.size(),
                Catalog.MAJOR_GROUPS.stream().mapToDouble(Catalog.MajorGroup::weight).toArray());
        for (int g = 0; g < counts.length; g++) {
            addGroup(Catalog.MAJOR_GROUPS.get(g), counts[g], titles, knownBroadCodes, settings.markers(), random);
        }
        detailed.sort(Comparator.comparing(p -> p.occupation().socCode()));

        groups.put(new Occupation("00-0000", "All Occupations", Occupation.Group.TOTAL, Occupation.PayBasis.ANNUAL_AND_HOURLY),
                detailed.stream().map(p -> p.occupation().socCode()).toList());
        for (Catalog.MajorGroup major : Catalog.MAJOR_GROUPS) {
            List<String> members = detailed.stream().map(p -> p.occupation().socCode())
                    .filter(soc -> soc.startsWith(major.code() + "-")).toList();
            if (!members.isEmpty()) {
                groups.put(new Occupation(major.code() + "-0000", major.title(), Occupation.Group.MAJOR,
                        Occupation.PayBasis.ANNUAL_AND_HOURLY), members);
            }
        }
    }

    /** Generated occupations of one major group: titles "{qualifier} {noun}", families of one noun share a broad code. */
    private void addGroup(Catalog.MajorGroup major, int count, Set<String> titles, Set<String> knownBroadCodes,
                          SyntheticRelease.Markers markers, SplittableRandom random) {
        List<String[]> combos = new ArrayList<>();
        for (String noun : major.nouns()) {
            for (String qualifier : major.qualifiers()) {
                if (!titles.contains(qualifier + " " + noun)) {
                    combos.add(new String[] {qualifier, noun});
                }
            }
        }
        if (count > combos.size()) {
            throw new IllegalArgumentException("too many occupations: group " + major.code() + " can name "
                    + combos.size() + ", not " + count);
        }
        shuffle(combos, random);
        Map<String, List<String>> qualifiersByNoun = new LinkedHashMap<>();
        for (String[] combo : combos.subList(0, count)) {
            titles.add(combo[0] + " " + combo[1]);
            qualifiersByNoun.computeIfAbsent(combo[1], n -> new ArrayList<>()).add(combo[0]);
        }
        int family = 0;
        for (Map.Entry<String, List<String>> byNoun : qualifiersByNoun.entrySet()) {
            String noun = byNoun.getKey();
            List<String> qualifiers = byNoun.getValue();
            for (int from = 0; from < qualifiers.size(); ) {
                int size = Math.min(qualifiers.size() - from, 1 + random.nextInt(5));
                String broad;
                do {
                    broad = broadCode(major.code(), family++);
                } while (knownBroadCodes.contains(broad));
                List<String> members = new ArrayList<>();
                for (int d = 1; d <= size; d++) {
                    String qualifier = qualifiers.get(from + d - 1);
                    String soc = broad.substring(0, 6) + d;
                    members.add(soc);
                    detailed.add(generated(major, soc, qualifier + " " + noun, noun, markers, random));
                }
                if (size >= MIN_BROAD_GROUP) { // only the larger families get a broad row, as in a few places in SOC
                    String title = qualifiers.get(from) + ", " + qualifiers.get(from + 1) + ", and Other " + noun;
                    groups.put(new Occupation(broad, title, Occupation.Group.BROAD, Occupation.PayBasis.ANNUAL_AND_HOURLY),
                            members);
                }
                from += size;
            }
        }
    }

    /** MM-mbb0: the minor group digit m and a two-digit broad number bb (10, 15, ... 95) from the family's index. */
    private static String broadCode(String major, int family) {
        int minor = 1 + family / FAMILIES_PER_MINOR_GROUP;
        if (minor > 9) {
            throw new IllegalArgumentException("too many occupation families in group " + major);
        }
        return String.format("%s-%d%02d0", major, minor, 10 + (family % FAMILIES_PER_MINOR_GROUP) * 5);
    }

    private static OccupationProfile generated(Catalog.MajorGroup major, String soc, String title, String noun,
                                               SyntheticRelease.Markers markers, SplittableRandom random) {
        boolean highlyPaid = Catalog.HIGHLY_PAID_NOUNS.contains(noun);
        double median = Math.max(26_000, (highlyPaid ? 200_000 : major.medianAnnual()) * Math.exp(0.25 * random.nextGaussian()));
        double spread = Math.min(0.8, Math.max(0.15, major.spread() * Math.exp(0.12 * random.nextGaussian())));
        double employment = 40_000 * Math.exp(1.5 * random.nextGaussian()) * (highlyPaid ? 0.3 : 1);
        long rounded = Math.round(Math.min(3_000_000, Math.max(300, employment)) / 10) * 10;
        double basis = random.nextDouble();
        Occupation.PayBasis payBasis = basis < markers.annualOnly() ? Occupation.PayBasis.ANNUAL_ONLY
                : basis < markers.annualOnly() + markers.hourlyOnly() ? Occupation.PayBasis.HOURLY_ONLY
                : Occupation.PayBasis.ANNUAL_AND_HOURLY;
        return new OccupationProfile(new Occupation(soc, title, Occupation.Group.DETAILED, payBasis), median, spread, rounded);
    }

    // ---- areas ----

    private void addAreas(SyntheticRelease.Settings settings, SplittableRandom random) {
        List<Catalog.Place> states = Catalog.STATES.subList(0, settings.states());
        List<Catalog.Place> territories = Catalog.TERRITORIES.subList(0, settings.territories());
        // the whole country, however many states this release lists: a state's share of it never changes
        long us = java.util.stream.Stream.concat(Catalog.STATES.stream(), Catalog.TERRITORIES.stream())
                .mapToLong(p -> p.employmentThousands() * 1000L).sum();
        areas.add(new AreaProfile(new Area("99", "U.S.", AreaType.NATIONAL, "US"), us, 1.0));
        Map<String, Catalog.Place> placesByUsps = new HashMap<>();
        for (Catalog.Place p : states) {
            areas.add(new AreaProfile(new Area(p.fips(), p.name(), AreaType.STATE, p.usps()), p.employmentThousands() * 1000L,
                    p.payIndex()));
            placesByUsps.put(p.usps(), p);
        }
        for (Catalog.Place p : territories) {
            areas.add(new AreaProfile(new Area(p.fips(), p.name(), AreaType.TERRITORY, p.usps()),
                    p.employmentThousands() * 1000L, p.payIndex()));
            placesByUsps.put(p.usps(), p);
        }
        addMetros(settings.metros(), states, placesByUsps, random);
        addNonmetros(settings.nonmetros(), states, random);
        areas.sort(Comparator.comparing((AreaProfile a) -> a.area().type()).thenComparing(a -> Long.parseLong(a.area().code())));
    }

    private void addMetros(int count, List<Catalog.Place> states, Map<String, Catalog.Place> places, SplittableRandom random) {
        Set<String> codes = new HashSet<>();
        Set<String> titles = new HashSet<>();
        int rank = 0;
        for (Catalog.Metro m : Catalog.METROS) {
            if (rank < count && places.containsKey(m.primState())) {
                areas.add(new AreaProfile(new Area(m.cbsa(), m.title(), AreaType.METRO, m.primState()),
                        m.employmentThousands() * 1000L, m.payIndex()));
                codes.add(m.cbsa());
                titles.add(m.title());
                rank++;
            }
        }
        if (rank < count && states.isEmpty()) {
            throw new IllegalArgumentException("metropolitan areas beyond the catalogue's need states to lie in");
        }
        double[] weights = states.stream().mapToDouble(Catalog.Place::employmentThousands).toArray();
        for (; rank < count; rank++) {
            Catalog.Place state = states.get(pick(weights, random));
            String title;
            do {
                title = metroTitle(state, states, random);
            } while (!titles.add(title));
            String code;
            do {
                code = Integer.toString(20 * (501 + random.nextInt(1999)));
            } while (!codes.add(code));
            long employment = Math.max(20_000, Math.round(9_500_000 * Math.pow(rank + 1, -0.85)
                    * Math.exp(0.15 * random.nextGaussian())));
            double pay = state.payIndex() * Math.exp(0.06 * random.nextGaussian())
                    * (1 + 0.03 * Math.log(employment / 300_000.0));
            areas.add(new AreaProfile(new Area(code, title, AreaType.METRO, state.usps()), employment, pay));
        }
    }

    /** "Cedarville, OH", "Oakdale-Riverton, TX", now and then across a state line ("Foxboro-Elmwood, NY-PA"). */
    private static String metroTitle(Catalog.Place state, List<Catalog.Place> states, SplittableRandom random) {
        double u = random.nextDouble();
        int cities = u < 0.5 ? 1 : u < 0.85 ? 2 : 3;
        List<String> names = new ArrayList<>();
        while (names.size() < cities) {
            String name = Catalog.CITY_STARTS.get(random.nextInt(Catalog.CITY_STARTS.size()))
                    + Catalog.CITY_ENDS.get(random.nextInt(Catalog.CITY_ENDS.size()));
            if (!names.contains(name)) {
                names.add(name);
            }
        }
        String suffix = state.usps();
        if (cities > 1 && states.size() > 1 && random.nextDouble() < 0.1) {
            Catalog.Place other = states.get(random.nextInt(states.size()));
            if (!other.equals(state)) {
                suffix += "-" + other.usps();
            }
        }
        return String.join("-", names) + ", " + suffix;
    }

    private void addNonmetros(int count, List<Catalog.Place> states, SplittableRandom random) {
        List<Catalog.Place> rural = states.stream().filter(p -> !Catalog.ALL_METROPOLITAN.contains(p.usps())).toList();
        if (count > rural.size() * Catalog.REGIONS.size()) {
            throw new IllegalArgumentException("at most " + rural.size() * Catalog.REGIONS.size()
                    + " nonmetropolitan areas with " + states.size() + " states, not " + count);
        }
        int[] perState = share(count, rural.stream().mapToDouble(p -> Math.sqrt(p.employmentThousands())).toArray());
        for (int s = 0; s < rural.size(); s++) {
            Catalog.Place state = rural.get(s);
            int n = perState[s];
            if (n > Catalog.REGIONS.size()) { // each needs its own region name within the state
                throw new IllegalArgumentException("too many nonmetropolitan areas for " + state.name() + ": " + n);
            }
            List<String> regions = new ArrayList<>(Catalog.REGIONS);
            shuffle(regions, random);
            for (int i = 0; i < n; i++) {
                String title = (n == 1 ? "" : regions.get(i) + " ") + state.name() + " nonmetropolitan area";
                long employment = Math.round(Math.min(250_000, Math.max(15_000, 70_000 * Math.exp(0.6 * random.nextGaussian()))));
                double pay = state.payIndex() * 0.86 * Math.exp(0.05 * random.nextGaussian());
                areas.add(new AreaProfile(new Area(state.fips() + String.format("%05d", i + 1), title, AreaType.NONMETRO,
                        state.usps()), employment, pay));
            }
        }
    }

    // ---- sharing out ----

    /** {@code total} split in proportion to {@code weights}, largest remainders first: the parts add up exactly. */
    static int[] share(int total, double[] weights) {
        int[] parts = new int[weights.length];
        if (total <= 0 || weights.length == 0) {
            return parts;
        }
        double sum = 0;
        for (double w : weights) {
            sum += w;
        }
        double[] remainders = new double[weights.length];
        int given = 0;
        for (int i = 0; i < weights.length; i++) {
            double exact = total * weights[i] / sum;
            parts[i] = (int) Math.floor(exact);
            remainders[i] = exact - parts[i];
            given += parts[i];
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < weights.length; i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingDouble((Integer i) -> -remainders[i]).thenComparing(i -> i));
        for (int k = 0; given < total; k = (k + 1) % order.size(), given++) {
            parts[order.get(k)]++;
        }
        return parts;
    }

    private static int pick(double[] weights, SplittableRandom random) {
        double sum = 0;
        for (double w : weights) {
            sum += w;
        }
        double u = random.nextDouble() * sum;
        for (int i = 0; i < weights.length; i++) {
            u -= weights[i];
            if (u < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private static <T> void shuffle(List<T> list, SplittableRandom random) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            T t = list.get(i);
            list.set(i, list.get(j));
            list.set(j, t);
        }
    }
}
