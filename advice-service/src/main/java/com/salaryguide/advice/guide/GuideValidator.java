package com.salaryguide.advice.guide;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;

import com.salaryguide.advice.guide.GuideContent.Benchmark;
import com.salaryguide.advice.guide.GuideContent.Figure;
import com.salaryguide.advice.guide.GuideContent.Range;
import com.salaryguide.problem.InvalidRequestException.FieldProblem;

import static com.salaryguide.advice.guide.GuideDraft.MAX_AMOUNT;
import static com.salaryguide.advice.guide.GuideDraft.orEmpty;

/**
 * The rules of a guide that span fields, as field problems named by JSON path ("experienceLevels[2].baseSalary.max"):
 * citations resolve to the guide's sources, ids, codes and levels are unique, ranges are in order and within what
 * they measure, steps are numbered in order, growth runs between the guide's own levels. Each field's own rules are
 * declared on the records ({@link GuideDraft}, {@link GuideContent}) and checked first; this runs on a draft that
 * passed them.
 */
public final class GuideValidator {

    private final List<FieldProblem> problems = new ArrayList<>();
    /** Every citation with the field that makes it, checked against the guide's sources once all are known. */
    private final List<Citation> citations = new ArrayList<>();

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
        Set<Integer> sourceIds = new HashSet<>();
        each("sources", g.sources(), (p, s) -> {
            if (!sourceIds.add(s.id())) {
                add(p + ".id", "must be unique in the guide");
            }
        });
        Set<String> socCodes = new HashSet<>();
        each("classifications", g.classifications(), (p, c) -> {
            if (!socCodes.add(c.socCode())) {
                add(p + ".socCode", "must be unique in the guide");
            }
            cites(p, c.sources());
        });
        each("keyTakeaways", g.keyTakeaways(), (p, k) -> cites(p, k.sources()));
        Set<String> levels = new HashSet<>();
        each("experienceLevels", g.experienceLevels(), (p, l) -> {
            if (!levels.add(l.level())) {
                add(p + ".level", "must be unique in the guide");
            }
            if (l.maxYears() != null && l.minYears() != null && l.maxYears() < l.minYears()) {
                add(p + ".maxYears", "must be null (open-ended) or at least minYears");
            }
            range(p + ".baseSalary", l.baseSalary(), MAX_AMOUNT);
            range(p + ".totalCompensation", l.totalCompensation(), MAX_AMOUNT);
            range(p + ".phdBaseSalary", l.phdBaseSalary(), MAX_AMOUNT);
            if (l.phdBaseSalary() != null && l.phdBaseSalary().maxAtLeast() != null) {
                add(p + ".phdBaseSalary.maxAtLeast", "is not supported for this range");
            }
            benchmark(p + ".benchmark", l.benchmark());
            cites(p, l.sources());
        });
        each("specializations", g.specializations(), (p, s) -> {
            range(p + ".baseSalary", s.baseSalary(), MAX_AMOUNT);
            closedRange(p + ".premiumPercent", s.premiumPercent(), 1000);
            closedRange(p + ".percentileRange", s.percentileRange(), 100);
            cites(p, s.sources());
        });
        each("benefits", g.benefits(), (p, b) -> {
            range(p + ".amount", b.amount(), MAX_AMOUNT);
            closedRange(p + ".percentOfBase", b.percentOfBase(), 1000);
            cites(p, b.sources());
        });
        List<GuideContent.NegotiationStep> steps = orEmpty(g.negotiationSteps());
        for (int i = 0; i < steps.size(); i++) {
            String p = "negotiationSteps[" + i + "]";
            GuideContent.NegotiationStep s = steps.get(i);
            if (s == null) {
                continue;
            }
            if (s.step() == null || s.step() != i + 1) {
                add(p + ".step", "must be " + (i + 1) + ": steps are numbered 1, 2, 3... in order");
            }
            cites(p, s.sources());
            each(p + ".figures", s.figures(), this::figure);
        }
        each("careerProgression", g.careerProgression(), (p, r) -> range(p + ".baseSalary", r.baseSalary(), MAX_AMOUNT));
        each("salaryGrowth", g.salaryGrowth(), (p, s) -> {
            if (!levels.contains(s.fromLevel())) {
                add(p + ".fromLevel", "must name one of the guide's experience levels");
            }
            if (!levels.contains(s.toLevel())) {
                add(p + ".toLevel", "must name one of the guide's experience levels");
            }
            closedRange(p + ".years", required(p + ".years", s.years()), 70);
            closedRange(p + ".increasePercent", required(p + ".increasePercent", s.increasePercent()), 10_000);
            cites(p, s.sources());
        });
        each("faq", g.faq(), (p, f) -> cites(p, f.sources()));
        for (Citation c : citations) {
            if (!sourceIds.contains(c.sourceId())) {
                add(c.field(), "cites source " + c.sourceId() + ", which is not in sources");
            }
        }
    }

    /** Entries of a section by their JSON path; null entries are the field rules' to report. */
    private static <T> void each(String name, List<T> items, BiConsumer<String, T> check) {
        List<T> list = orEmpty(items);
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) != null) {
                check.accept(name + "[" + i + "]", list.get(i));
            }
        }
    }

    private void cites(String path, List<Integer> sources) {
        for (Integer id : orEmpty(sources)) {
            if (id != null) {
                citations.add(new Citation(path + ".sources", id));
            }
        }
    }

    private void figure(String p, Figure f) {
        range(p, new Range(f.min(), f.max(), f.maxAtLeast()), MAX_AMOUNT);
        cites(p, f.sources());
    }

    private void benchmark(String p, Benchmark b) {
        if (b != null && b.toPercentile() != null && b.fromPercentile() != null
                && b.toPercentile() < b.fromPercentile()) {
            add(p + ".toPercentile", "must be null or not below fromPercentile");
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
