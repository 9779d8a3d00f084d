package com.salaryguide.advice.guide;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

import com.salaryguide.advice.guide.GuideContent.Benchmark;
import com.salaryguide.advice.guide.GuideContent.Figure;
import com.salaryguide.advice.guide.GuideContent.Range;
import com.salaryguide.problem.InvalidRequestException.FieldProblem;

/**
 * Every rule a guide must satisfy before anything is written, as field problems named by JSON path
 * ("experienceLevels[2].baseSalary.max"). Limits match the columns, so a valid draft always fits the database.
 */
public final class GuideValidator {

    static final int MAX_ITEMS = 50;
    static final long MAX_AMOUNT = 1_000_000_000L;
    private static final Pattern SOC = Pattern.compile("\\d{2}-\\d{4}");
    private static final Pattern LEVEL = Pattern.compile("[a-z]+(-[a-z]+)*");
    private static final Set<String> ROLES = Set.of("baseline", "upper-bound");
    private static final Set<String> PERIODS = Set.of("annual", "one-time", "per-conference");
    private static final Set<String> UNITS = Set.of("usd", "usd-per-year", "percent");
    private static final Set<String> TRACKS = Set.of("management", "research");
    private static final Set<Integer> PERCENTILES = Set.of(10, 25, 50, 75, 90);

    private final List<FieldProblem> problems = new ArrayList<>();
    /** "path.sources=id" for every citation, checked against the guide's sources once all are known. */
    private final List<String> citingFields = new ArrayList<>();

    private GuideValidator() {
    }

    public static List<FieldProblem> validate(GuideDraft g, boolean replacing) {
        GuideValidator v = new GuideValidator();
        v.check(g, replacing);
        return v.problems;
    }

    private void check(GuideDraft g, boolean replacing) {
        text("title", g.title(), 200, true);
        if (g.year() == null || g.year() < 1990 || g.year() > 2100) {
            add("year", "is required: a year between 1990 and 2100");
        }
        if (replacing && (g.version() == null || g.version() < 0)) {
            add("version", "is required: the version of the guide you read (optimistic locking)");
        }
        text("intro", g.intro(), 2000, true);

        Set<Integer> sourceIds = new HashSet<>();
        each("sources", g.sources(), (p, s) -> {
            if (s.id() <= 0 || !sourceIds.add(s.id())) {
                add(p + ".id", "must be a positive number, unique in the guide");
            }
            text(p + ".label", s.label(), 500, true);
            if (s.url() != null && (s.url().length() > 500 || !isHttpUrl(s.url()))) {
                add(p + ".url", "must be an http(s) URL of at most 500 characters");
            }
        });
        Set<String> socCodes = new HashSet<>();
        each("classifications", g.classifications(), (p, c) -> {
            if (c.socCode() == null || !SOC.matcher(c.socCode()).matches() || !socCodes.add(c.socCode())) {
                add(p + ".socCode", "must be a SOC code like 15-2051, unique in the guide");
            }
            if (!ROLES.contains(c.role())) {
                add(p + ".role", "must be one of " + ROLES);
            }
            text(p + ".rationale", c.rationale(), 1000, true);
            cites(p, c.sources());
        });
        each("keyTakeaways", g.keyTakeaways(), (p, k) -> {
            text(p + ".text", k.text(), 1000, true);
            cites(p, k.sources());
        });
        Set<String> levels = new HashSet<>();
        each("experienceLevels", g.experienceLevels(), (p, l) -> {
            if (l.level() == null || l.level().length() > 30 || !LEVEL.matcher(l.level()).matches() || !levels.add(l.level())) {
                add(p + ".level", "must be lower-case words joined by hyphens (at most 30), unique in the guide");
            }
            text(p + ".title", l.title(), 200, true);
            if (l.minYears() < 0 || l.minYears() > 70) {
                add(p + ".minYears", "must be between 0 and 70");
            }
            if (l.maxYears() != null && (l.maxYears() < l.minYears() || l.maxYears() > 70)) {
                add(p + ".maxYears", "must be null (open-ended) or between minYears and 70");
            }
            range(p + ".baseSalary", l.baseSalary(), MAX_AMOUNT);
            range(p + ".totalCompensation", l.totalCompensation(), MAX_AMOUNT);
            range(p + ".phdBaseSalary", l.phdBaseSalary(), MAX_AMOUNT);
            if (l.phdBaseSalary() != null && l.phdBaseSalary().maxAtLeast() != null) {
                add(p + ".phdBaseSalary.maxAtLeast", "is not supported for this range");
            }
            benchmark(p + ".benchmark", l.benchmark());
            text(p + ".summary", l.summary(), 2000, true);
            cites(p, l.sources());
        });
        each("specializations", g.specializations(), (p, s) -> {
            text(p + ".name", s.name(), 200, true);
            text(p + ".summary", s.summary(), 2000, true);
            range(p + ".baseSalary", s.baseSalary(), MAX_AMOUNT);
            percentRange(p + ".premiumPercent", s.premiumPercent(), 1000);
            percentRange(p + ".percentileRange", s.percentileRange(), 100);
            if (s.benchmarkSocCode() != null && !SOC.matcher(s.benchmarkSocCode()).matches()) {
                add(p + ".benchmarkSocCode", "must be a SOC code like 15-1252");
            }
            cites(p, s.sources());
        });
        each("benefits", g.benefits(), (p, b) -> {
            text(p + ".name", b.name(), 200, true);
            text(p + ".summary", b.summary(), 2000, true);
            range(p + ".amount", b.amount(), MAX_AMOUNT);
            if (b.period() != null && !PERIODS.contains(b.period())) {
                add(p + ".period", "must be one of " + PERIODS);
            }
            percentRange(p + ".percentOfBase", b.percentOfBase(), 1000);
            if (b.exampleBase() != null && (b.exampleBase() <= 0 || b.exampleBase() > MAX_AMOUNT)) {
                add(p + ".exampleBase", "must be between 1 and " + MAX_AMOUNT);
            }
            cites(p, b.sources());
        });
        each("negotiationSteps", g.negotiationSteps(), (p, s) -> {
            int expected = Integer.parseInt(p.substring(p.indexOf('[') + 1, p.indexOf(']'))) + 1;
            if (s.step() != expected) {
                add(p + ".step", "must be " + expected + ": steps are numbered 1, 2, 3... in order");
            }
            text(p + ".title", s.title(), 200, true);
            text(p + ".detail", s.detail(), 2000, true);
            cites(p, s.sources());
            each(p + ".figures", s.figures(), (fp, f) -> figure(fp, f));
        });
        each("careerProgression", g.careerProgression(), (p, r) -> {
            text(p + ".title", r.title(), 200, true);
            if (!TRACKS.contains(r.track())) {
                add(p + ".track", "must be one of " + TRACKS);
            }
            range(p + ".baseSalary", r.baseSalary(), MAX_AMOUNT);
            text(p + ".summary", r.summary(), 1000, true);
        });
        each("salaryGrowth", g.salaryGrowth(), (p, s) -> {
            if (!levels.contains(s.fromLevel())) {
                add(p + ".fromLevel", "must name one of the guide's experience levels");
            }
            if (!levels.contains(s.toLevel())) {
                add(p + ".toLevel", "must name one of the guide's experience levels");
            }
            percentRange(p + ".years", required(p + ".years", s.years()), 70);
            percentRange(p + ".increasePercent", required(p + ".increasePercent", s.increasePercent()), 10_000);
            cites(p, s.sources());
        });
        each("faq", g.faq(), (p, f) -> {
            text(p + ".question", f.question(), 500, true);
            text(p + ".answer", f.answer(), 2000, true);
            cites(p, f.sources());
        });
        for (String field : citingFields) {
            int id = Integer.parseInt(field.substring(field.lastIndexOf('=') + 1));
            if (!sourceIds.contains(id)) {
                add(field.substring(0, field.lastIndexOf('=')), "cites source " + id + ", which is not in sources");
            }
        }
    }

    private <T> void each(String name, List<T> items, BiConsumer<String, T> check) {
        if (items == null) {
            return;
        }
        if (items.size() > MAX_ITEMS) {
            add(name, "must have at most " + MAX_ITEMS + " entries");
            return;
        }
        for (int i = 0; i < items.size(); i++) {
            String path = name + "[" + i + "]";
            if (items.get(i) == null) {
                add(path, "must not be null");
            } else {
                check.accept(path, items.get(i));
            }
        }
    }

    private void cites(String path, List<Integer> sources) {
        if (sources == null) {
            return;
        }
        if (sources.size() > 20) {
            add(path + ".sources", "must have at most 20 entries");
            return;
        }
        for (Integer id : sources) {
            if (id == null) {
                add(path + ".sources", "must not contain null");
            } else {
                citingFields.add(path + ".sources=" + id);
            }
        }
    }

    private void figure(String p, Figure f) {
        text(p + ".label", f.label(), 300, true);
        if (!UNITS.contains(f.unit())) {
            add(p + ".unit", "must be one of " + UNITS);
        }
        if (f.min() == null) {
            add(p + ".min", "is required (a single value has min equal to max)");
        }
        range(p, new Range(f.min(), f.max(), f.maxAtLeast()), MAX_AMOUNT);
        cites(p, f.sources());
    }

    private void benchmark(String p, Benchmark b) {
        if (b == null) {
            return;
        }
        if (b.socCode() == null || !SOC.matcher(b.socCode()).matches()) {
            add(p + ".socCode", "must be a SOC code like 15-2051");
        }
        if (!PERCENTILES.contains(b.fromPercentile())) {
            add(p + ".fromPercentile", "must be one of " + PERCENTILES);
        }
        if (b.toPercentile() != null && (!PERCENTILES.contains(b.toPercentile()) || b.toPercentile() < b.fromPercentile())) {
            add(p + ".toPercentile", "must be null or one of " + PERCENTILES + " not below fromPercentile");
        }
    }

    private Range required(String path, Range range) {
        if (range == null || range.min() == null || range.max() == null) {
            add(path, "is required with min and max");
            return null;
        }
        return range;
    }

    private void percentRange(String path, Range range, long ceiling) {
        if (range != null && range.maxAtLeast() != null) {
            add(path + ".maxAtLeast", "is not supported for this range");
        }
        range(path, range, ceiling);
    }

    /** min 0..ceiling; max null or min..ceiling; maxAtLeast only with an open max, at least min. */
    private void range(String path, Range range, long ceiling) {
        if (range == null) {
            return;
        }
        if (range.min() != null && (range.min() < 0 || range.min() > ceiling)) {
            add(path + ".min", "must be between 0 and " + ceiling);
        }
        if (range.max() != null && (range.max() < 0 || range.max() > ceiling
                || (range.min() != null && range.max() < range.min()))) {
            add(path + ".max", "must be null (open) or between min and " + ceiling);
        }
        if (range.maxAtLeast() != null && (range.max() != null || range.maxAtLeast() > ceiling
                || (range.min() != null && range.maxAtLeast() < range.min()))) {
            add(path + ".maxAtLeast", "is only for an open top (max null), between min and " + ceiling);
        }
    }

    private void text(String path, String value, int max, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                add(path, "is required");
            }
            return;
        }
        if (value.length() > max) {
            add(path, "must be at most " + max + " characters");
        } else if (value.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n')) {
            add(path, "must not contain control characters");
        }
    }

    private static boolean isHttpUrl(String url) {
        try {
            URI uri = URI.create(url);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (IllegalArgumentException ex) {
            return false;
        }
    }

    private void add(String field, String message) {
        problems.add(new FieldProblem(field, message));
    }
}
