package com.salaryguide.gateway.offer;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.salaryguide.gateway.figures.Percentile;
import com.salaryguide.gateway.geography.Area;
import com.salaryguide.gateway.offer.AreaOfferEvaluation.CounterBasis;
import com.salaryguide.gateway.offer.AreaOfferEvaluation.Standing;
import com.salaryguide.gateway.offer.AreaOfferEvaluation.TotalCompensation;

import static com.salaryguide.gateway.offer.OfferWording.money;
import static com.salaryguide.gateway.offer.OfferWording.ordinal;

/**
 * An offer against BLS figures for one occupation, in an area and nationally. Plain Java, no framework types. The
 * rank is the contract's interpolation ({@link PercentileStanding}); the counter the next published percentile band
 * above the offer ({@link CounterRange#fromDistribution}), in the area's distribution when there is one.
 */
public final class AreaOfferEvaluator {

    /** Signing bonuses are spread over this many years in total compensation. */
    static final int SIGNING_SPREAD_YEARS = 4;

    private AreaOfferEvaluator() {
    }

    /** One distribution to rank against: where, which year, the percentiles. */
    public record Distribution(Area area, int dataYear, List<Percentile> percentiles) {
    }

    /** The parts of an evaluation that depend on the figures; inArea/national null when absent. */
    public record Result(Standing inArea, Standing national, CounterRange.Counter counter, CounterBasis counterBasis,
                         TotalCompensation totalCompensation, List<String> talkingPoints) {
    }

    public static Result evaluate(String title, long annualBase, long bonus, long equityPerYear, long signingBonus,
                                  Distribution inArea, Distribution national) {
        List<String> points = new ArrayList<>();
        Standing areaStanding = standing(annualBase, inArea);
        Standing nationalStanding = standing(annualBase, national);
        if (inArea != null && !inArea.area().national()) {
            points.add(point(annualBase, title, inArea, areaStanding));
        }
        if (national != null) {
            points.add(point(annualBase, title, national, nationalStanding));
        }
        Distribution basis = areaStanding != null ? inArea : nationalStanding != null ? national : null;
        CounterRange.Counter counter = basis == null ? null
                : CounterRange.fromDistribution(annualBase, basis.percentiles());
        CounterBasis counterBasis = null;
        if (counter != null) {
            counterBasis = new CounterBasis(basis.area().code(), counter.fromPercentile(), counter.toPercentile());
            points.add(String.format(Locale.ROOT, "A counter of %s is %s for %s in %s, the next published figures"
                    + " above the offer.", money(counter.range()), OfferEvaluator.band(counter), title,
                    basis.area().name()));
        } else if (basis != null) {
            points.add(String.format(Locale.ROOT, "The offer is at or above the highest published figure for %s in"
                    + " %s, so the BLS figures give no higher counter.", title, basis.area().name()));
        }
        long signingPerYear = BigDecimal.valueOf(signingBonus)
                .divide(BigDecimal.valueOf(SIGNING_SPREAD_YEARS), 0, RoundingMode.HALF_UP).longValueExact();
        TotalCompensation total = new TotalCompensation(annualBase, bonus, equityPerYear, signingPerYear,
                annualBase + bonus + equityPerYear + signingPerYear);
        if (total.total() != annualBase) {
            points.add(String.format(Locale.ROOT, "Total compensation comes to %s a year: base %s, bonus %s, equity"
                    + " %s and the signing bonus spread over %d years, %s.", money(total.total()), money(annualBase),
                    money(bonus), money(equityPerYear), SIGNING_SPREAD_YEARS, money(signingPerYear)));
        }
        return new Result(areaStanding, nationalStanding, counter, counterBasis, total, points);
    }

    private static Standing standing(long annualBase, Distribution d) {
        if (d == null) {
            return null;
        }
        PercentileStanding s = PercentileStanding.of(annualBase, d.percentiles());
        return s == null ? null : new Standing(d.area().code(), d.dataYear(), s.percentileRank(), s.position(),
                s.atOrAbovePercentile(), d.percentiles());
    }

    private static String point(long offer, String title, Distribution d, Standing s) {
        String where = d.area().national() ? "nationally" : "in " + d.area().name();
        String release = " (BLS OEWS, May " + d.dataYear() + " estimates)";
        if (s == null) {
            return String.format(Locale.ROOT, "BLS publishes no annual wage percentiles for %s %s%s.", title, where,
                    release);
        }
        if (s.atOrAbovePercentile() != null && s.percentileRank() == null) {
            return String.format(Locale.ROOT, "%s is at or above the %s percentile for %s %s, which BLS publishes only"
                    + " as at least %s%s.", money(offer), ordinal(s.atOrAbovePercentile()), title, where,
                    money(annual(d, s.atOrAbovePercentile())), release);
        }
        if ("below".equals(s.position())) {
            return String.format(Locale.ROOT, "%s is below the 10th percentile for %s %s, %s%s.", money(offer), title,
                    where, money(annual(d, 10)), release);
        }
        if ("above".equals(s.position())) {
            return String.format(Locale.ROOT, "%s is above the 90th percentile for %s %s, %s%s.", money(offer), title,
                    where, money(annual(d, 90)), release);
        }
        if (s.percentileRank() == null) {
            return String.format(Locale.ROOT, "%s falls where the figures for %s %s are not published exactly%s.",
                    money(offer), title, where, release);
        }
        Integer median = annual(d, 50);
        return String.format(Locale.ROOT, "%s sits at the %s percentile for %s %s%s%s.", money(offer),
                ordinal(s.percentileRank()), title, where, median == null ? "" : ", whose median is " + money(median),
                release);
    }

    private static Integer annual(Distribution d, int percentile) {
        return d.percentiles().stream().filter(p -> p.percentile() == percentile).map(Percentile::annual)
                .filter(java.util.Objects::nonNull).findFirst().orElse(null);
    }
}
