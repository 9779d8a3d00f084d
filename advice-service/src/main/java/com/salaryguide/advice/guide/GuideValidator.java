package com.salaryguide.advice.guide;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

import com.salaryguide.advice.guide.GuideContent.Benchmark;
import com.salaryguide.advice.guide.GuideContent.Figure;
import com.salaryguide.advice.guide.GuideContent.Range;
import com.salaryguide.problem.InvalidRequestException.FieldProblem;

import static com.salaryguide.advice.guide.GuideDraft.MAX_AMOUNT;
import static com.salaryguide.advice.guide.GuideDraft.MAX_CITATIONS;
import static com.salaryguide.advice.guide.GuideDraft.orEmpty;

/**
 * The rules of a guide that span fields, as field problems named by JSON path ("experienceLevels[2].baseSalary.max"):
 * citations resolve to the guide's sources and every source is cited somewhere; a citation the guide makes for a
 * whole section ({@code sectionSources}) is not repeated on that section's items; ids, codes and levels are unique;
 * ranges are in order and within what they measure; steps are numbered in order; growth runs between the guide's own
 * levels. Each field's own rules are declared on the records ({@link GuideDraft}, {@link GuideContent}) and checked
 * first; this runs on a draft that passed them.
 */
public final class GuideValidator {

    private final List<FieldProblem> problems = new ArrayList<>();
    /** Every citation with the field that makes it, checked against the guide's sources once all are known. */
    private final List<Citation> citations = new ArrayList<>();
    /** The ids each section cites as a whole, by section name: its items must not cite them again. */
    private Map<String, List<Integer>> sectionSources = Map.of();

    private record Citation(String field, int sourceId) {
    }

    private GuideValidator() {
    }

    public static List<FieldProblem> validate(GuideDraft g) {
        GuideValidator v = new GuideValidator();
        v.check(g);
        return v.problems;
    }

    private void check(GuideDraft g) {
        sectionSources(g.sectionSources());
        cites("intro", g.intro().sources());
        Set<String> socCodes = new HashSet<>();
        items("classifications", g.classifications(), (p, c) -> {
            if (!socCodes.add(c.socCode())) {
                add(p + ".socCode", "must be unique in the guide");
            }
            return c.sources();
        });
        items("keyTakeaways", g.keyTakeaways(), (p, k) -> k.sources());
        Set<String> levels = new HashSet<>();
        items("experienceLevels", g.experienceLevels(), (p, l) -> {
            if (!levels.add(l.level())) {
                add(p + ".level", "must be unique in the guide");
            }
            if (l.maxYears() != null && l.minYears() != null && l.maxYears() < l.minYears()) {
                add(p + ".maxYears", "must be null (open-ended) or at least minYears");
            }
            range(p + ".baseSalary", l.baseSalary(), MAX_AMOUNT);
            range(p + ".phdBaseSalary", l.phdBaseSalary(), MAX_AMOUNT);
            range(p + ".totalCompensation", l.totalCompensation(), MAX_AMOUNT);
            benchmark(p + ".benchmark", l.benchmark());
            return l.sources();
        });
        items("specializations", g.specializations(), (p, s) -> {
            range(p + ".baseSalary", s.baseSalary(), MAX_AMOUNT);
            closedRange(p + ".premiumPercent", s.premiumPercent(), 1000);
            benchmark(p + ".benchmark", s.benchmark());
            return s.sources();
        });
        items("benefits", g.benefits(), (p, b) -> {
            range(p + ".amount", b.amount(), MAX_AMOUNT);
            if (b.amount() != null && b.unit() == null) {
                add(p + ".unit", "is required with an amount");
            } else if (b.amount() == null && b.unit() != null) {
                add(p + ".unit", "must be null without an amount");
            }
            closedRange(p + ".percentOfBase", b.percentOfBase(), 1000);
            return b.sources();
        });
        List<GuideContent.NegotiationStep> steps = orEmpty(g.negotiationSteps());
        for (int i = 0; i < steps.size(); i++) {
            GuideContent.NegotiationStep s = steps.get(i);
            if (s != null && (s.step() == null || s.step() != i + 1)) {
                add("negotiationSteps[" + i + "].step", "must be " + (i + 1) + ": steps are numbered 1, 2, 3... in order");
            }
        }
        items("negotiationSteps", g.negotiationSteps(), (p, s) -> {
            each(p + ".figures", s.figures(), (fp, f) -> figure(fp, f, "negotiationSteps"));
            return s.sources();
        });
        items("careerProgression", g.careerProgression(), (p, r) -> {
            range(p + ".baseSalary", r.baseSalary(), MAX_AMOUNT);
            return r.sources();
        });
        items("salaryGrowth", g.salaryGrowth(), (p, s) -> {
            if (!levels.contains(s.fromLevel())) {
                add(p + ".fromLevel", "must name one of the guide's experience levels");
            }
            if (!levels.contains(s.toLevel())) {
                add(p + ".toLevel", "must name one of the guide's experience levels");
            }
            closedRange(p + ".years", required(p + ".years", s.years()), 70);
            closedRange(p + ".increasePercent", required(p + ".increasePercent", s.increasePercent()), 10_000);
            return s.sources();
        });
        // a highlight is an item of its own section: it may cite what the section it speaks of cites as a whole
        items("highlights", g.highlights(), (p, h) -> {
            each(p + ".figures", h.figures(), (fp, f) -> figure(fp, f, "highlights"));
            return h.sources();
        });
        items("faq", g.faq(), (p, f) -> f.sources());
        sources(g);
    }

    /** Section names are the guide's; each lists at most {@value GuideDraft#MAX_CITATIONS} distinct source ids. */
    private void sectionSources(Map<String, List<Integer>> bySection) {
        Map<String, List<Integer>> valid = new LinkedHashMap<>();
        bySection.forEach((section, ids) -> {
            String p = "sectionSources." + section;
            if (!GuideContent.SECTION_NAMES.contains(section)) {
                add(p, "is not a section of the guide; sections are " + GuideContent.SECTION_LIST);
                return;
            }
            if (ids == null || ids.isEmpty()) {
                add(p, "must list at least one source id; leave the section out for none");
                return;
            }
            if (ids.size() > MAX_CITATIONS) {
                add(p, "must have at most " + MAX_CITATIONS + " entries");
                return;
            }
            for (int i = 0; i < ids.size(); i++) {
                Integer id = ids.get(i);
                if (id == null || id <= 0) {
                    add(p + "[" + i + "]", "must be a source id (a number greater than 0)");
                } else if (ids.indexOf(id) < i) {
                    add(p + "[" + i + "]", "repeats source " + id);
                } else {
                    citations.add(new Citation(p, id));
                }
            }
            valid.put(section, ids);
        });
        sectionSources = valid;
    }

    /**
     * Source ids are unique, and each is cited somewhere (by an item, a figure, the intro or a section): a source
     * nothing cites is a reference a reader cannot place. Citations of ids not listed are named where they are made.
     */
    private void sources(GuideDraft g) {
        Set<Integer> listed = new HashSet<>();
        each("sources", g.sources(), (p, s) -> {
            if (!listed.add(s.id())) {
                add(p + ".id", "must be unique in the guide");
            }
        });
        Set<Integer> cited = new HashSet<>();
        for (Citation c : citations) {
            cited.add(c.sourceId());
            if (!listed.contains(c.sourceId())) {
                add(c.field(), "cites source " + c.sourceId() + ", which is not in sources");
            }
        }
        each("sources", g.sources(), (p, s) -> {
            if (!cited.contains(s.id())) {
                add(p + ".id", "source " + s.id() + " is cited nowhere in the guide; cite it or remove it");
            }
        });
    }

    /** Entries of a section by their JSON path, each citing the ids {@code check} returns; null entries are the field rules'. */
    private <T> void items(String section, List<T> items, ItemCheck<T> check) {
        each(section, items, (p, item) -> cites(p, check.apply(p, item), section));
    }

    @FunctionalInterface
    private interface ItemCheck<T> {
        List<Integer> apply(String path, T item);
    }

    private static <T> void each(String name, List<T> items, BiConsumer<String, T> check) {
        List<T> list = orEmpty(items);
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) != null) {
                check.accept(name + "[" + i + "]", list.get(i));
            }
        }
    }

    private void cites(String path, List<Integer> sources) {
        cites(path, sources, null);
    }

    /** The citations of an item of {@code section}, which must not repeat what the section cites as a whole. */
    private void cites(String path, List<Integer> sources, String section) {
        List<Integer> wholeSection = section == null ? List.of() : sectionSources.getOrDefault(section, List.of());
        for (Integer id : orEmpty(sources)) {
            if (id == null) {
                continue;
            }
            citations.add(new Citation(path + ".sources", id));
            if (wholeSection.contains(id)) {
                add(path + ".sources", "cites source " + id + ", which sectionSources." + section
                        + " already cites for the whole section");
            }
        }
    }

    private void figure(String p, Figure f, String section) {
        range(p, new Range(f.min(), f.max(), f.maxAtLeast()), MAX_AMOUNT);
        cites(p, f.sources(), section);
    }

    private void benchmark(String p, Benchmark b) {
        if (b != null && b.percentiles() != null && b.percentiles().max() != null && b.percentiles().min() != null
                && b.percentiles().max() < b.percentiles().min()) {
            add(p + ".percentiles.max", "must be null (at or above min) or not below min");
        }
    }

    private Range required(String path, Range range) {
        if (range == null || range.min() == null || range.max() == null) {
            add(path, "is required with min and max");
            return null;
        }
        return range;
    }

    /** A range of percents or years: a printed top with "+" does not occur there. */
    private void closedRange(String path, Range range, long ceiling) {
        if (range != null && range.maxAtLeast() != null) {
            add(path + ".maxAtLeast", "is not supported for this range");
        }
        range(path, range, ceiling);
    }

    /** min up to ceiling; max null or min..ceiling; maxAtLeast only with an open max, min..ceiling. */
    private void range(String path, Range range, long ceiling) {
        if (range == null) {
            return;
        }
        if (range.min() != null && range.min() > ceiling) {
            add(path + ".min", "must be between 0 and " + ceiling);
        }
        if (range.max() != null && (range.max() > ceiling || (range.min() != null && range.max() < range.min()))) {
            add(path + ".max", "must be null (open) or between min and " + ceiling);
        }
        if (range.maxAtLeast() != null && (range.max() != null || range.maxAtLeast() > ceiling
                || (range.min() != null && range.maxAtLeast() < range.min()))) {
            add(path + ".maxAtLeast", "is only for an open top (max null), between min and " + ceiling);
        }
    }

    private void add(String field, String message) {
        problems.add(new FieldProblem(field, message));
    }
}
