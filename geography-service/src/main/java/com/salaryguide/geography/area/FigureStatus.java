package com.salaryguide.geography.area;

import com.fasterxml.jackson.annotation.JsonValue;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * What BLS published for one figure: the value itself, only a lower bound (BLS "#": the value given is the
 * release's cap), or nothing ("*", "**", "~": the value is null, never 0).
 */
@Schema(description = "reported: the value as published; top-coded: BLS published only 'at least' the release's"
        + " cap, which is the value given; not-available: BLS published no value (the value is null).")
public enum FigureStatus {
    REPORTED("reported"), TOP_CODED("top-coded"), NOT_AVAILABLE("not-available");

    private final String json;

    FigureStatus(String json) {
        this.json = json;
    }

    @JsonValue
    public String json() {
        return json;
    }

    public static FigureStatus of(Object value, boolean topCoded) {
        return value == null ? NOT_AVAILABLE : topCoded ? TOP_CODED : REPORTED;
    }
}
