package com.salaryguide.gateway.offer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import com.salaryguide.problem.InvalidRequestException;
import com.salaryguide.problem.InvalidRequestException.FieldProblem;
import tools.jackson.databind.JsonNode;

/**
 * A validated offer-evaluation request. The body is read as a JSON tree and checked here so that every bad field
 * is named in one 400, including wrong JSON types and fields this endpoint does not know.
 */
public record OfferRequest(long annualBase, String state, String metro, Integer yearsOfExperience) {

    /** Above this an "annual base" is not a salary but a typo or an attack: rejected. */
    public static final long MAX_ANNUAL_BASE = 10_000_000L;
    static final int MAX_YEARS = 60;
    private static final Set<String> FIELDS = Set.of("annualBase", "state", "metro", "yearsOfExperience");
    private static final Pattern STATE = Pattern.compile("[A-Za-z]{2}");

    public static OfferRequest from(JsonNode body) {
        List<FieldProblem> errors = new ArrayList<>();
        if (body == null || !body.isObject()) {
            throw new InvalidRequestException("body", "must be a JSON object like {\"annualBase\": 150000}");
        }
        for (String name : body.propertyNames()) {
            if (!FIELDS.contains(name)) {
                errors.add(new FieldProblem(name.length() > 50 ? name.substring(0, 50) : name,
                        "is not a field of an offer (annualBase, state, metro, yearsOfExperience)"));
            }
        }
        long annualBase = 0;
        JsonNode base = body.get("annualBase");
        if (base == null || base.isNull()) {
            errors.add(new FieldProblem("annualBase", "is required"));
        } else if (!base.isIntegralNumber() || !base.canConvertToLong()) {
            errors.add(new FieldProblem("annualBase", "must be a whole number of US dollars"));
        } else if (base.asLong() <= 0 || base.asLong() > MAX_ANNUAL_BASE) {
            errors.add(new FieldProblem("annualBase", "must be between 1 and " + MAX_ANNUAL_BASE));
        } else {
            annualBase = base.asLong();
        }
        String state = null;
        JsonNode st = body.get("state");
        if (st != null && !st.isNull()) {
            if (!st.isString() || !STATE.matcher(st.asString()).matches()) {
                errors.add(new FieldProblem("state", "must be a two-letter state code like CA"));
            } else {
                state = st.asString().toUpperCase(Locale.ROOT);
            }
        }
        String metro = null;
        JsonNode m = body.get("metro");
        if (m != null && !m.isNull()) {
            String text = m.isString() ? m.asString().strip() : "";
            if (text.isEmpty() || text.length() > 200 || text.chars().anyMatch(Character::isISOControl)
                    || text.chars().noneMatch(Character::isLetterOrDigit)) {
                errors.add(new FieldProblem("metro", "must be a metro area name or 5-digit CBSA code, at most 200"
                        + " printable characters"));
            } else {
                metro = text;
            }
        }
        Integer years = null;
        JsonNode y = body.get("yearsOfExperience");
        if (y != null && !y.isNull()) {
            if (!y.isIntegralNumber() || !y.canConvertToInt() || y.asInt() < 0 || y.asInt() > MAX_YEARS) {
                errors.add(new FieldProblem("yearsOfExperience", "must be a whole number between 0 and " + MAX_YEARS));
            } else {
                years = y.asInt();
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        return new OfferRequest(annualBase, state, metro, years);
    }
}
