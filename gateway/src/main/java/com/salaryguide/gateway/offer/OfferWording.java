package com.salaryguide.gateway.offer;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import com.salaryguide.gateway.figures.Range;

/** How offer evaluations write figures in their talking points: dollars, ranges, ordinals, citation markers. */
final class OfferWording {

    private OfferWording() {
    }

    static String money(Number amount) {
        return "$" + NumberFormat.getIntegerInstance(Locale.US).format(amount.longValue());
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
