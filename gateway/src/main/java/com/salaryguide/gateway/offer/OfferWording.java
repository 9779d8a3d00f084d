package com.salaryguide.gateway.offer;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

import com.salaryguide.gateway.figures.Range;

/** How offer evaluations write figures in their talking points: dollars, ranges, ordinals, citation markers. */
final class OfferWording {

    private OfferWording() {
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

    /** "$130,000-$170,000", "$211,450+", "$400,000 or more", "$170,000-$220,000+". */
    static String money(Range range) {
        if (range.max() == null) {
            return range.maxAtLeast() == null ? money(range.min()) + "+"
                    : money(range.min()) + "-" + money(range.maxAtLeast()) + "+";
        }
        return range.min().equals(range.max()) ? money(range.min()) : money(range.min()) + "-" + money(range.max());
    }

    /**
     * An ordinal as English writes it: 1st, 2nd, 3rd, 11th, 12th, 13th, 21st; with a decimal the last digit decides
     * (86.3rd, 71.6th, 61.1st, 62.2nd), as one says "eighty-six point third".
     */
    static String ordinal(BigDecimal rank) {
        String n = rank.stripTrailingZeros().toPlainString();
        int last = n.charAt(n.length() - 1) - '0';
        boolean teen = !n.contains(".") && rank.intValue() % 100 >= 11 && rank.intValue() % 100 <= 13;
        if (teen) {
            return n + "th";
        }
        return n + switch (last) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
    }

    static String ordinal(int percentile) {
        return ordinal(BigDecimal.valueOf(percentile));
    }

    /** " [3][5]" after a statement, or nothing when it cites nothing. */
    static String cite(List<Integer> sources) {
        return sources == null || sources.isEmpty() ? ""
                : " " + sources.stream().map(id -> "[" + id + "]").collect(Collectors.joining());
    }
}
