package com.salaryguide.wage.occupation;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * What BLS published for one figure: the figure itself, only "at least" the release's top code ({@code #}, the
 * value served is the top code), or nothing ({@code *}, {@code **}, {@code ~}; the value served is null).
 */
@Schema(description = "What BLS published for the figure beside it: reported (the value), top-coded (BLS printed"
        + " '#': the value is the release's top code, a lower bound) or not-available (BLS printed '*', '**' or '~',"
        + " or nothing is stored: the value is null).")
public enum FigureStatus {
    @JsonProperty("reported") REPORTED,
    @JsonProperty("top-coded") TOP_CODED,
    @JsonProperty("not-available") NOT_AVAILABLE;

    /** A stored value's status: null is not available, whatever the flag says. */
    public static FigureStatus of(Object value, boolean topCoded) {
        if (value == null) {
            return NOT_AVAILABLE;
        }
        return topCoded ? TOP_CODED : REPORTED;
    }
}
