package com.salaryguide.gateway.offer;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Where an offer stands against a guide's own figures, and what to counter with. Plain Java, no framework types.
 *
 * <p>Counter range: the target band is the experience level's base range when the years of experience place the
 * offer in a level, otherwise the upper-bound classification's 50th-75th percentile band. The counter starts at the
 * higher of 5 percent above the offer and the band's midpoint, and ends at the higher of the band's top and 5
 * percent above that start; both are rounded to the nearest $1,000 (half up). Every talking point quotes the figure
 * it rests on and ends with that figure's citation markers.
 */
public final class OfferEvaluator {

    static final BigDecimal COUNTER_STEP = new BigDecimal("1.05");

    private OfferEvaluator() {
    }

    /** A cited classification as wage-service ranks the offer in it. */
    public record Standing(String socCode, String title, String role, BigDecimal percentileRank, String position,
                           Integer p10, Integer p50, Integer p75, Integer p90, List<Integer> sources) {
    }

    /** An experience level of the guide; maxYears and baseMax null when open-ended. */
    public record Level(String level, String title, int minYears, Integer maxYears, Long baseMin, Long baseMax,
                        List<Integer> sources) {
        boolean covers(int years) {
            return years >= minYears && (maxYears == null || years <= maxYears);
        }
    }

    /** A state or metro area's annual mean wage in the guide; mean null when the guide has no figure for it. */
    public record AreaMean(String code, String name, Integer annualMeanWage, List<Integer> sources) {
    }

    public record Evaluation(long annualBase, List<ClassificationResult> classifications, LevelResult experienceLevel,
                             LocationResult location, Range suggestedCounter, List<String> talkingPoints) {
    }

    public record ClassificationResult(String socCode,
                                       @JsonInclude(JsonInclude.Include.ALWAYS) BigDecimal percentileRank,
                                       String position) {
    }

    public record LevelResult(String level, String title, Range baseSalary, String position) {
    }

    public record LocationResult(String state, String stateName, Integer annualMeanWage, BigDecimal ratioToMean,
                                 AreaResult metro) {
    }

    public record AreaResult(String code, String name, Integer annualMeanWage, BigDecimal ratioToMean) {
    }

    public record Range(Long min, Long max) {
    }

    public static Evaluation evaluate(long annualBase, Integer yearsOfExperience, List<Standing> standings,
                                      List<Level> levels, AreaMean state, AreaMean metro) {
        List<String> points = new ArrayList<>();
        List<ClassificationResult> classifications = new ArrayList<>();
        for (Standing s : standings) {
            classifications.add(new ClassificationResult(s.socCode(), s.percentileRank(), s.position()));
            points.add(classificationPoint(annualBase, s));
        }

        Level level = yearsOfExperience == null ? null
                : levels.stream().filter(l -> l.covers(yearsOfExperience)).findFirst().orElse(null);
        LevelResult levelResult = null;
        if (level != null) {
            String position = position(annualBase, level.baseMin(), level.baseMax());
            levelResult = new LevelResult(level.level(), level.title(), new Range(level.baseMin(), level.baseMax()),
                    position);
            points.add(String.format(Locale.ROOT, "%s base salaries (%s years) run %s; the offer is %s that range.%s",
                    level.title(), years(level), money(level.baseMin(), level.baseMax()),
                    "within".equals(position) ? "within" : position, cite(level.sources())));
        }

        LocationResult location = null;
        if (state != null || metro != null) {
            AreaResult metroResult = metro == null ? null
                    : new AreaResult(metro.code(), metro.name(), metro.annualMeanWage(), ratio(annualBase, metro));
            location = new LocationResult(state == null ? null : state.code(), state == null ? null : state.name(),
                    state == null ? null : state.annualMeanWage(), state == null ? null : ratio(annualBase, state),
                    metroResult);
            for (AreaMean area : new AreaMean[] {state, metro}) {
                if (area != null && area.annualMeanWage() != null) {
                    BigDecimal percent = ratio(annualBase, area).movePointRight(2).setScale(1, RoundingMode.HALF_UP);
                    points.add(String.format(Locale.ROOT, "The guide's annual mean wage in %s is %s; the offer is %s%% of it.%s",
                            area.name(), money(area.annualMeanWage()), percent.toPlainString(), cite(area.sources())));
                }
            }
        }

        Range counter = counter(annualBase, level, standings);
        if (counter != null) {
            points.add(counterPoint(counter, level, standings));
        }
        return new Evaluation(annualBase, classifications, levelResult, location, counter, points);
    }

    private static Range counter(long offer, Level level, List<Standing> standings) {
        long bandLow;
        long bandHigh;
        if (level != null && level.baseMin() != null && level.baseMax() != null) {
            bandLow = level.baseMin();
            bandHigh = level.baseMax();
        } else {
            Standing anchor = upperBound(standings);
            if (anchor == null || anchor.p50() == null || anchor.p75() == null) {
                return null;
            }
            bandLow = anchor.p50();
            bandHigh = anchor.p75();
        }
        long start = roundToThousand(BigDecimal.valueOf(Math.max(offer * 1.05, (bandLow + bandHigh) / 2.0)));
        long end = Math.max(roundToThousand(BigDecimal.valueOf(bandHigh)),
                roundToThousand(BigDecimal.valueOf(start).multiply(COUNTER_STEP)));
        return new Range(start, end);
    }

    private static String counterPoint(Range counter, Level level, List<Standing> standings) {
        if (level != null && level.baseMax() != null) {
            return String.format(Locale.ROOT, "A counter of %s stays anchored to the %s band, which tops out at %s.%s",
                    money(counter.min(), counter.max()), level.title(), money(level.baseMax()), cite(level.sources()));
        }
        Standing anchor = upperBound(standings);
        return String.format(Locale.ROOT, "A counter of %s is anchored to the %s (SOC %s) median of %s and 75th percentile of %s.%s",
                money(counter.min(), counter.max()), anchor.title(), anchor.socCode(), money(anchor.p50()),
                money(anchor.p75()), cite(anchor.sources()));
    }

    private static Standing upperBound(List<Standing> standings) {
        return standings.stream().filter(s -> "upper-bound".equals(s.role())).findFirst()
                .orElse(standings.isEmpty() ? null : standings.get(standings.size() - 1));
    }

    private static String classificationPoint(long offer, Standing s) {
        String who = s.title() + " (SOC " + s.socCode() + ")";
        if ("below".equals(s.position())) {
            return String.format(Locale.ROOT, "The offer of %s is below the 10th percentile for %s, %s.%s",
                    money(offer), who, money(s.p10()), cite(s.sources()));
        }
        if ("above".equals(s.position())) {
            return String.format(Locale.ROOT, "The offer of %s is above the 90th percentile for %s, %s.%s",
                    money(offer), who, money(s.p90()), cite(s.sources()));
        }
        if (s.percentileRank() == null) {
            return String.format(Locale.ROOT, "The offer of %s falls where %s figures are not published exactly.%s",
                    money(offer), who, cite(s.sources()));
        }
        return String.format(Locale.ROOT, "The offer of %s sits at the %s percentile for %s, whose median is %s.%s",
                money(offer), ordinal(s.percentileRank()), who, money(s.p50()), cite(s.sources()));
    }

    static String position(long amount, Long min, Long max) {
        if (min != null && amount < min) {
            return "below";
        }
        if (max != null && amount > max) {
            return "above";
        }
        return "within";
    }

    private static BigDecimal ratio(long offer, AreaMean area) {
        return area.annualMeanWage() == null ? null
                : BigDecimal.valueOf(offer).divide(BigDecimal.valueOf(area.annualMeanWage()), 3, RoundingMode.HALF_UP);
    }

    static long roundToThousand(BigDecimal amount) {
        return amount.divide(BigDecimal.valueOf(1000), 0, RoundingMode.HALF_UP).longValueExact() * 1000;
    }

    private static String years(Level l) {
        return l.maxYears() == null ? l.minYears() + "+" : l.minYears() + "-" + l.maxYears();
    }

    private static String ordinal(BigDecimal rank) {
        String n = rank.stripTrailingZeros().toPlainString();
        return n + (n.contains(".") ? "th" : suffix(rank.intValue()));
    }

    private static String suffix(int n) {
        if (n % 100 >= 11 && n % 100 <= 13) {
            return "th";
        }
        return switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
    }

    /**
     * Whole dollars with US thousands separators ($150,000), grouped by hand: a NumberFormat built per call was a
     * tenth of an offer evaluation's CPU in the profile, and one shared instance would not be thread-safe.
     */
    static String money(Number amount) {
        String digits = Long.toString(amount.longValue());
        int start = digits.startsWith("-") ? 1 : 0;
        StringBuilder out = new StringBuilder(digits.length() + 8).append('$').append(digits, 0, start);
        for (int i = start; i < digits.length(); i++) {
            if (i > start && (digits.length() - i) % 3 == 0) {
                out.append(',');
            }
            out.append(digits.charAt(i));
        }
        return out.toString();
    }

    private static String money(Long min, Long max) {
        if (max == null) {
            return money(min) + "+";
        }
        return min.equals(max) ? money(min) : money(min) + "-" + money(max);
    }

    private static String cite(List<Integer> sources) {
        return sources == null || sources.isEmpty() ? ""
                : " " + sources.stream().map(id -> "[" + id + "]").collect(Collectors.joining());
    }
}
