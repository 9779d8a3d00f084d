package com.salaryguide.gateway.offer;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;

import com.salaryguide.gateway.figures.FigureStatus;
import com.salaryguide.gateway.figures.Percentile;
import com.salaryguide.gateway.figures.Range;

/**
 * What to counter an offer with, from published figures only: never a number no figure supports.
 *
 * <p>From a pay band (an experience level's base range): starts at the higher of 5 % above the offer and the band's
 * midpoint, ends at the higher of the band's top and 5 % above that start, both rounded to the nearest $1,000 (half
 * up); none when the offer already reaches the band's top. From a distribution: the next published percentile band
 * above the offer (an offer between the 50th and the 75th is countered with the 75th-90th); above the 75th, the 90th
 * alone; none at or above the 90th. A top-coded upper figure leaves the top open at its cap.
 */
final class CounterRange {

    static final BigDecimal STEP = new BigDecimal("1.05");

    private CounterRange() {
    }

    /** A counter and the percentiles it was drawn from (null when drawn from a pay band). */
    record Counter(Range range, Integer fromPercentile, Integer toPercentile) {
    }

    static Counter fromBand(long offer, long bandLow, long bandHigh) {
        if (offer >= bandHigh) {
            return null;
        }
        long start = roundToThousand(BigDecimal.valueOf(Math.max(offer * 1.05, (bandLow + bandHigh) / 2.0)));
        long end = Math.max(roundToThousand(BigDecimal.valueOf(bandHigh)),
                roundToThousand(BigDecimal.valueOf(start).multiply(STEP)));
        return new Counter(Range.of(start, end), null, null);
    }

    static Counter fromDistribution(long offer, List<Percentile> distribution) {
        List<Percentile> published = distribution.stream().filter(p -> p.annual() != null)
                .sorted(Comparator.comparingInt(Percentile::percentile)).toList();
        for (int i = 0; i < published.size(); i++) {
            Percentile low = published.get(i);
            if (low.annualStatus() != FigureStatus.REPORTED || low.annual() <= offer) {
                continue;
            }
            Percentile high = i + 1 < published.size() ? published.get(i + 1) : null;
            long min = roundToThousand(BigDecimal.valueOf(low.annual()));
            if (high == null) {
                return new Counter(Range.of(min, min), low.percentile(), low.percentile());
            }
            Range range = high.annualStatus() == FigureStatus.TOP_CODED
                    ? new Range(min, null, roundToThousand(BigDecimal.valueOf(high.annual())))
                    : Range.of(min, roundToThousand(BigDecimal.valueOf(high.annual())));
            return new Counter(range, low.percentile(), high.percentile());
        }
        return null;
    }

    static long roundToThousand(BigDecimal amount) {
        return amount.divide(BigDecimal.valueOf(1000), 0, RoundingMode.HALF_UP).longValueExact() * 1000;
    }
}
