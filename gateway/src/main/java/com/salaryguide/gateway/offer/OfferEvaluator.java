package com.salaryguide.gateway.offer;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.salaryguide.gateway.advice.AdviceGuide;
import com.salaryguide.gateway.figures.Percentile;
import com.salaryguide.gateway.figures.Range;
import io.swagger.v3.oas.annotations.media.Schema;

import static com.salaryguide.gateway.offer.OfferWording.cite;
import static com.salaryguide.gateway.offer.OfferWording.money;
import static com.salaryguide.gateway.offer.OfferWording.ordinal;

/**
 * Where an offer stands against an editorial guide's own figures, and what to counter with. Plain Java, no
 * framework types.
 *
 * <p>Counter range: when years of experience place the offer in a level, from that level's base band (see
 * {@link CounterRange#fromBand}); otherwise from the next percentile band above the offer in the upper-bound
 * classification's distribution ({@link CounterRange#fromDistribution}). An offer that already reaches the top of
 * its band, or the 90th percentile, gets no counter: the guide's figures give none. Every talking point quotes the
 * figure it rests on and ends with that figure's citation markers.
 */
public final class OfferEvaluator {

    private OfferEvaluator() {
    }

    /** A cited classification with its national distribution (empty when wage-service holds none). */
    public record Classification(String socCode, String title, String role, List<Percentile> percentiles,
                                 List<Integer> sources) {
    }

    /**
     * A state's or metro's annual mean wage: the guide's own figure, else BLS's for one of the guide's
     * classifications, else none ({@code basis} says which).
     */
    public record AreaMean(String code, String name, Integer annualMeanWage, String basis, String socCode,
                           Integer dataYear, List<Integer> sources) {
    }

    @Schema(name = "GuideOfferEvaluation")
    public record Evaluation(long annualBase, List<ClassificationResult> classifications, LevelResult experienceLevel,
                             LocationResult location, Range suggestedCounter, List<String> talkingPoints) {
    }

    @Schema(name = "GuideOfferClassification")
    public record ClassificationResult(String socCode, @Schema(nullable = true) BigDecimal percentileRank,
                                       @Schema(nullable = true, allowableValues = {"below", "within", "above"})
                                       String position, @Schema(nullable = true) Integer atOrAbovePercentile) {
    }

    public record LevelResult(String level, String title, Range baseSalary,
                              @Schema(allowableValues = {"below", "within", "above"}) String position) {
    }

    /**
     * The offer against the state's annual mean wage (and the metro's, when one was named). {@code basis}:
     * {@code guide} (the guide's own figure), {@code bls-oews} (BLS's figure for {@code socCode}, the guide having
     * none for this area) or {@code none}.
     */
    public record LocationResult(String state, String stateName, Integer annualMeanWage, BigDecimal ratioToMean,
                                 @Schema(allowableValues = {"guide", "bls-oews", "none"}) String basis,
                                 String socCode, Integer dataYear, List<Integer> sources, AreaResult metro) {
    }

    public record AreaResult(String code, String name, Integer annualMeanWage, BigDecimal ratioToMean,
                             @Schema(allowableValues = {"guide", "bls-oews", "none"}) String basis, String socCode,
                             Integer dataYear, List<Integer> sources) {
    }

    public static Evaluation evaluate(long annualBase, Integer yearsOfExperience, List<Classification> cited,
                                      List<AdviceGuide.ExperienceLevel> levels, AreaMean state, AreaMean metro) {
        List<String> points = new ArrayList<>();
        List<ClassificationResult> classifications = new ArrayList<>();
        for (Classification c : cited) {
            PercentileStanding standing = PercentileStanding.of(annualBase, c.percentiles());
            classifications.add(new ClassificationResult(c.socCode(),
                    standing == null ? null : standing.percentileRank(),
                    standing == null ? null : standing.position(),
                    standing == null ? null : standing.atOrAbovePercentile()));
            points.add(classificationPoint(annualBase, c, standing));
        }

        AdviceGuide.ExperienceLevel level = yearsOfExperience == null ? null
                : levels.stream().filter(l -> l.covers(yearsOfExperience)).findFirst().orElse(null);
        LevelResult levelResult = null;
        if (level != null && level.baseSalary() != null) {
            String position = position(annualBase, level.baseSalary());
            levelResult = new LevelResult(level.level(), level.title(), level.baseSalary(), position);
            points.add(String.format(Locale.ROOT, "%s base salaries (%s years) run %s; the offer is %s that range.%s",
                    level.title(), years(level), money(level.baseSalary()), position, cite(level.sources())));
        }

        LocationResult location = null;
        if (state != null || metro != null) {
            AreaResult metroResult = metro == null ? null : new AreaResult(metro.code(), metro.name(),
                    metro.annualMeanWage(), ratio(annualBase, metro), metro.basis(), metro.socCode(),
                    metro.dataYear(), metro.sources());
            location = state == null
                    ? new LocationResult(null, null, null, null, null, null, null, List.of(), metroResult)
                    : new LocationResult(state.code(), state.name(), state.annualMeanWage(), ratio(annualBase, state),
                            state.basis(), state.socCode(), state.dataYear(), state.sources(), metroResult);
            for (AreaMean area : new AreaMean[] {state, metro}) {
                if (area != null) {
                    points.add(areaPoint(annualBase, area, cited));
                }
            }
        }

        Range counter = null;
        if (level != null && level.baseSalary() != null && level.baseSalary().max() != null) {
            CounterRange.Counter c = CounterRange.fromBand(annualBase, level.baseSalary().min(),
                    level.baseSalary().max());
            counter = c == null ? null : c.range();
            points.add(c == null
                    ? String.format(Locale.ROOT, "The offer already reaches the top of the %s band (%s), so the"
                            + " guide's figures give no higher counter.%s", level.title(),
                            money(level.baseSalary().max()), cite(level.sources()))
                    : String.format(Locale.ROOT, "A counter of %s stays anchored to the %s band, which tops out at"
                            + " %s.%s", money(c.range()), level.title(), money(level.baseSalary().max()),
                            cite(level.sources())));
        } else {
            Classification anchor = upperBound(cited);
            if (anchor != null && !anchor.percentiles().isEmpty()) {
                CounterRange.Counter c = CounterRange.fromDistribution(annualBase, anchor.percentiles());
                counter = c == null ? null : c.range();
                String who = anchor.title() + " (SOC " + anchor.socCode() + ")";
                points.add(c == null
                        ? String.format(Locale.ROOT, "The offer is at or above the 90th percentile for %s, so the"
                                + " published figures give no higher counter.%s", who, cite(anchor.sources()))
                        : String.format(Locale.ROOT, "A counter of %s is %s for %s, the next published figures above"
                                + " the offer.%s", money(c.range()), band(c), who, cite(anchor.sources())));
            }
        }
        return new Evaluation(annualBase, classifications, levelResult, location, counter, points);
    }

    private static String classificationPoint(long offer, Classification c, PercentileStanding s) {
        String who = c.title() + " (SOC " + c.socCode() + ")";
        if (s == null) {
            return String.format(Locale.ROOT, "No national wage figures for %s are available to rank the offer of %s"
                    + " against.", who, money(offer));
        }
        if (s.atOrAbovePercentile() != null && s.percentileRank() == null) {
            return String.format(Locale.ROOT, "The offer of %s is at or above the %s percentile for %s, which BLS"
                    + " publishes only as at least %s.%s", money(offer), ordinal(s.atOrAbovePercentile()), who,
                    money(annual(c, s.atOrAbovePercentile())), cite(c.sources()));
        }
        if ("below".equals(s.position())) {
            return String.format(Locale.ROOT, "The offer of %s is below the 10th percentile for %s, %s.%s",
                    money(offer), who, money(annual(c, 10)), cite(c.sources()));
        }
        if ("above".equals(s.position())) {
            return String.format(Locale.ROOT, "The offer of %s is above the 90th percentile for %s, %s.%s",
                    money(offer), who, money(annual(c, 90)), cite(c.sources()));
        }
        if (s.percentileRank() == null) {
            return String.format(Locale.ROOT, "The offer of %s falls where %s figures are not published exactly.%s",
                    money(offer), who, cite(c.sources()));
        }
        return String.format(Locale.ROOT, "The offer of %s sits at the %s percentile for %s, whose median is %s.%s",
                money(offer), ordinal(s.percentileRank()), who, money(annual(c, 50)), cite(c.sources()));
    }

    private static String areaPoint(long offer, AreaMean area, List<Classification> cited) {
        if (area.annualMeanWage() == null) {
            return String.format(Locale.ROOT, "Neither the guide nor the imported BLS data has a wage figure for %s.",
                    area.name());
        }
        BigDecimal percent = ratio(offer, area).movePointRight(2).setScale(1, RoundingMode.HALF_UP);
        if ("guide".equals(area.basis())) {
            return String.format(Locale.ROOT, "The guide's annual mean wage in %s is %s; the offer is %s%% of it.%s",
                    area.name(), money(area.annualMeanWage()), percent.toPlainString(), cite(area.sources()));
        }
        String title = cited.stream().filter(c -> c.socCode().equals(area.socCode())).map(Classification::title)
                .findFirst().orElse(area.socCode());
        return String.format(Locale.ROOT, "The guide has no figure for %s; BLS puts the annual mean wage of %s (SOC %s)"
                + " there at %s (May %d estimates); the offer is %s%% of it.", area.name(), title, area.socCode(),
                money(area.annualMeanWage()), area.dataYear(), percent.toPlainString());
    }

    /** "the 75th-90th percentile band", or "the 90th percentile" when the counter rests on one figure. */
    static String band(CounterRange.Counter c) {
        return c.fromPercentile().equals(c.toPercentile()) ? "the " + ordinal(c.fromPercentile()) + " percentile"
                : "the " + ordinal(c.fromPercentile()) + "-" + ordinal(c.toPercentile()) + " percentile band";
    }

    private static Integer annual(Classification c, int percentile) {
        return c.percentiles().stream().filter(p -> p.percentile() == percentile).map(Percentile::annual)
                .filter(java.util.Objects::nonNull).findFirst().orElse(null);
    }

    private static Classification upperBound(List<Classification> cited) {
        return cited.stream().filter(c -> "upper-bound".equals(c.role())).findFirst()
                .orElse(cited.isEmpty() ? null : cited.get(cited.size() - 1));
    }

    static String position(long amount, Range band) {
        if (band.min() != null && amount < band.min()) {
            return "below";
        }
        if (band.max() != null && amount > band.max()) {
            return "above";
        }
        return "within";
    }

    private static BigDecimal ratio(long offer, AreaMean area) {
        return area.annualMeanWage() == null ? null
                : BigDecimal.valueOf(offer).divide(BigDecimal.valueOf(area.annualMeanWage()), 3, RoundingMode.HALF_UP);
    }

    private static String years(AdviceGuide.ExperienceLevel l) {
        return l.maxYears() == null ? l.minYears() + "+" : l.minYears() + "-" + l.maxYears();
    }
}
