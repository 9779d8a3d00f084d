package com.salaryguide.geography.area;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Ranks areas by one figure, highest first. Ties share a rank (standard competition ranking: 1, 2, 2, 4) and are
 * listed by name. Areas without the figure are not ranked; a top-coded figure ranks at its cap (the value stored).
 */
public final class AreaRanking {

    private AreaRanking() {
    }

    public record Ranked(int rank, AreaWage wage) {
    }

    public static List<Ranked> byWage(List<AreaWage> wages, WageSort sort) {
        return rank(wages, sort::valueOf);
    }

    public static List<Ranked> byConcentration(List<AreaWage> wages, ConcentrationSort sort) {
        return rank(wages, sort::valueOf);
    }

    static <V extends Comparable<V>> List<Ranked> rank(List<AreaWage> wages, Function<AreaWage, V> value) {
        Comparator<AreaWage> order = Comparator.comparing(value, Comparator.reverseOrder())
                .thenComparing(w -> w.area().name());
        List<AreaWage> sorted = wages.stream().filter(w -> value.apply(w) != null).sorted(order).toList();
        List<Ranked> ranked = new ArrayList<>(sorted.size());
        for (int i = 0; i < sorted.size(); i++) {
            AreaWage w = sorted.get(i);
            boolean tiesPrevious = i > 0 && value.apply(sorted.get(i - 1)).compareTo(value.apply(w)) == 0;
            ranked.add(new Ranked(tiesPrevious ? ranked.get(i - 1).rank() : i + 1, w));
        }
        return ranked;
    }
}
