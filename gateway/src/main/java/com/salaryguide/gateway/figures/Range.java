package com.salaryguide.gateway.figures;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A range in the unit of the key that holds it (docs/api-style.md): an open top ("$211,450+") has {@code max}
 * null; a top printed with a plus ("$170,000-$220,000+") has {@code max} null and {@code maxAtLeast} the printed
 * top; a single figure has {@code min == max}.
 */
@Schema(description = "A range in the unit of the key that holds it. max null: open top; maxAtLeast: the printed"
        + " top of a range written with a plus ($170,000-$220,000+); min == max: a single figure.")
public record Range(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, nullable = true) Long min,
                    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, nullable = true) Long max,
                    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, nullable = true) Long maxAtLeast) {

    public static Range of(long min, long max) {
        return new Range(min, max, null);
    }
}
