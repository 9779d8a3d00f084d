package com.salaryguide.geography.area;

import java.util.Arrays;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;
import io.swagger.v3.oas.annotations.media.Schema;

/** The kinds of area BLS publishes below the nation; {@link #value()} is both the stored and the served form. */
@Schema(description = "state (USPS code), territory (PR, GU, VI), metro (CBSA code) or nonmetro (BLS"
        + " nonmetropolitan area code)")
public enum AreaType {
    STATE, TERRITORY, METRO, NONMETRO;

    @JsonValue
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The type stored or asked for as {@code value}, or null when there is none. */
    public static AreaType of(String value) {
        return Arrays.stream(values()).filter(t -> t.value().equals(value)).findFirst().orElse(null);
    }

    /** BLS's AREA_TYPE code: 2 state, 3 territory, 4 metropolitan, 6 nonmetropolitan; null for the others. */
    public static AreaType ofBlsCode(String code) {
        return switch (code == null ? "" : code) {
            case "2" -> STATE;
            case "3" -> TERRITORY;
            case "4" -> METRO;
            case "6" -> NONMETRO;
            default -> null;
        };
    }

    /** States and territories are keyed by USPS code, read from the state file. */
    public boolean stateLevel() {
        return this == STATE || this == TERRITORY;
    }
}
