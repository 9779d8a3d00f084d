package com.salaryguide.geography.area;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Ranks areas by annual mean wage, highest first. Ties share a rank (standard competition ranking: 1, 2, 2, 4)
 * and are listed by name. Areas without an annual mean are not ranked.
 */
public final class AreaRanking {

    private static final Comparator<AreaWage> ORDER = Comparator
            .comparing(AreaWage::annualMean, Comparator.reverseOrder())
            .thenComparing(w -> w.area().name());

    private AreaRanking() {
    }

    public record Ranked(int rank, AreaWage wage) {
    }

    public static List<Ranked> rank(List<AreaWage> wages) {
        List<AreaWage> sorted = wages.stream().filter(w -> w.annualMean() != null).sorted(ORDER).toList();
        List<Ranked> ranked = new ArrayList<>(sorted.size());
        for (int i = 0; i < sorted.size(); i++) {
            AreaWage w = sorted.get(i);
            boolean tiesPrevious = i > 0 && sorted.get(i - 1).annualMean().equals(w.annualMean());
            ranked.add(new Ranked(tiesPrevious ? ranked.get(i - 1).rank() : i + 1, w));
        }
        return ranked;
    }
}
