package com.salaryguide.gateway.geography;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A place figures are published for: the nation ({@code US}), a state, a territory, a metropolitan or a
 * nonmetropolitan area. {@code state} is the USPS code of the (primary) state, null for the nation.
 */
public record Area(@Schema(example = "12420") String code,
                   @Schema(allowableValues = {"national", "state", "territory", "metro", "nonmetro"}) String areaType,
                   @Schema(example = "Austin-Round Rock-San Marcos, TX") String name,
                   @Schema(example = "TX", nullable = true) String state) {

    public static final Area NATION = new Area("US", "national", "United States", null);

    public boolean national() {
        return NATION.code().equals(code);
    }
}
