package com.salaryguide.ranking;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;

/**
 * Where an annual salary stands in a published percentile distribution.
 *
 * <p>Between two published percentiles the rank is interpolated linearly; an amount equal to a published
 * value takes that percentile (the highest one when neighbouring percentiles share the value, so ties never
 * divide by zero). Outside the published range the rank is unknown: {@code null} with position below/above.
 * Percentiles without a figure (BLS "*"), and top-coded ones (BLS "#", value is only a lower bound), are not
 * interpolation anchors; an amount that falls where only such a percentile could place it gets a null rank.
 */
public final class PercentileRanking {

    private PercentileRanking() {
    }

    public enum Position { below, within, above }

    /** One published percentile; {@code annual} null when not published, {@code topCoded} when only a lower bound. */
    public record Point(int percentile, Integer annual, boolean topCoded) {
        /** A published, exact figure: only these anchor the interpolation. */
        public boolean exact() {
            return annual != null && !topCoded;
        }
    }

    /** Rank rounded to one decimal (half up), or null; position relative to the published range. */
    public record Result(BigDecimal percentileRank, Position position) {
    }

    public static Result rank(long annual, List<Point> distribution) {
        List<Point> points = distribution.stream().sorted(Comparator.comparingInt(Point::percentile)).toList();
        List<Point> exact = points.stream().filter(Point::exact).toList();
        if (exact.isEmpty()) {
            throw new IllegalArgumentException("distribution has no exact published percentile");
        }
        Point lowest = exact.get(0);
        Point highest = exact.get(exact.size() - 1);
        if (annual < lowest.annual()) {
            return new Result(null, Position.below);
        }
        if (annual > highest.annual()) {
            boolean boundedAbove = points.stream().anyMatch(p -> p.percentile() > highest.percentile() && p.topCoded()
                    && annual < p.annual());
            // e.g. 90th top-coded at 239,200 and the amount under it: somewhere between the 75th and 90th
            return new Result(null, boundedAbove ? Position.within : Position.above);
        }
        Point tie = null;
        for (Point p : exact) {
            if (p.annual() == annual) {
                tie = p; // keep the highest percentile with this exact value
            }
        }
        if (tie != null) {
            return new Result(BigDecimal.valueOf(tie.percentile()).setScale(1, RoundingMode.HALF_UP), Position.within);
        }
        for (int i = 0; i + 1 < exact.size(); i++) {
            Point lo = exact.get(i);
            Point hi = exact.get(i + 1);
            if (lo.annual() < annual && annual < hi.annual()) {
                if (!adjacent(points, lo, hi)) {
                    return new Result(null, Position.within);
                }
                BigDecimal fraction = BigDecimal.valueOf(annual - lo.annual())
                        .divide(BigDecimal.valueOf(hi.annual() - lo.annual()), 10, RoundingMode.HALF_UP);
                BigDecimal rank = BigDecimal.valueOf(lo.percentile())
                        .add(fraction.multiply(BigDecimal.valueOf(hi.percentile() - lo.percentile())));
                return new Result(rank.setScale(1, RoundingMode.HALF_UP), Position.within);
            }
        }
        throw new IllegalArgumentException("distribution is not ordered by wage: " + distribution);
    }

    /** True when no unpublished percentile lies between the two anchors (only then is the line meaningful). */
    private static boolean adjacent(List<Point> points, Point lo, Point hi) {
        return points.stream().noneMatch(p -> p.percentile() > lo.percentile() && p.percentile() < hi.percentile());
    }
}
