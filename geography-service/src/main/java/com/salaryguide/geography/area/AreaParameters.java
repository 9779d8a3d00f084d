package com.salaryguide.geography.area;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import com.salaryguide.problem.InvalidRequestException;
import com.salaryguide.problem.InvalidRequestException.FieldProblem;
import com.salaryguide.problem.QueryParameters;

/**
 * The checks the area endpoints' raw parameters share. Each bad value becomes a field error naming the parameter;
 * the {@code List<FieldProblem>} variants collect, so one 400 lists every bad parameter.
 */
final class AreaParameters {

    static final int MAX_LIMIT = 100;
    static final int MAX_LIST = 10;
    private static final Pattern OCCUPATION = Pattern.compile("\\d{2}-\\d{4}|[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern USPS_CODE = Pattern.compile("[A-Za-z]{2}");
    /** A CBSA code (5 digits) or a BLS nonmetropolitan area code (7 digits). */
    private static final Pattern DIGIT_CODE = Pattern.compile("\\d{5}|\\d{7}");
    private static final Pattern CBSA_CODE = Pattern.compile("\\d{5}");
    private static final int MAX_NAME = 200;

    private AreaParameters() {
    }

    /** A SOC code or guide slug; required. */
    static String occupation(String value, List<FieldProblem> errors) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldProblem("occupation", "is required: a SOC code like 15-2051 or a guide slug"));
            return null;
        }
        if (!validOccupation(value)) {
            errors.add(new FieldProblem("occupation", "must be a SOC code like 15-2051 or a guide slug like"
                    + " machine-learning-engineer"));
            return null;
        }
        return value;
    }

    static String occupation(String value) {
        List<FieldProblem> errors = new ArrayList<>();
        String occupation = occupation(value, errors);
        QueryParameters.check(errors);
        return occupation;
    }

    /** 1 to 10 distinct SOC codes or guide slugs, comma-separated. */
    static List<String> occupations(String value, List<FieldProblem> errors) {
        return list("occupation", value, errors, item -> validOccupation(item) ? item : null,
                "SOC codes like 15-2051 or guide slugs");
    }

    /** 1 to 10 distinct area codes, comma-separated: USPS codes (any case), CBSA or nonmetropolitan area codes. */
    static List<String> areaCodes(String value, List<FieldProblem> errors) {
        return list("area", value, errors, AreaParameters::areaCode,
                "area codes: a state or territory code like CA, a CBSA code like 41940 or a nonmetropolitan area code"
                        + " like 2600004");
    }

    static int limit(String value, List<FieldProblem> errors) {
        return QueryParameters.intParam("limit", value, 10, 1, MAX_LIMIT, errors);
    }

    static WageSort wageSort(String value, List<FieldProblem> errors) {
        WageSort sort = value == null ? WageSort.ANNUAL_MEAN_WAGE : WageSort.of(value.strip());
        if (sort == null) {
            errors.add(new FieldProblem("sort", "must be annualMeanWage or annualMedianWage"));
        }
        return sort;
    }

    static ConcentrationSort concentrationSort(String value, List<FieldProblem> errors) {
        ConcentrationSort sort = value == null ? ConcentrationSort.LOCATION_QUOTIENT : ConcentrationSort.of(value.strip());
        if (sort == null) {
            errors.add(new FieldProblem("sort", "must be locationQuotient or jobsPer1000"));
        }
        return sort;
    }

    /** Null (every kind) when absent. */
    static AreaType areaType(String value, List<FieldProblem> errors) {
        if (value == null) {
            return null;
        }
        AreaType type = AreaType.of(value.strip());
        if (type == null) {
            errors.add(new FieldProblem("areaType", "must be state, territory, metro or nonmetro"));
        }
        return type;
    }

    /** A state or territory's USPS code, upper-cased. */
    static String uspsCode(String name, String value) {
        if (value == null || !USPS_CODE.matcher(value).matches()) {
            throw new InvalidRequestException(name, "must be a two-letter state or territory code like CA");
        }
        return value.toUpperCase(Locale.ROOT);
    }

    /** A CBSA code or an area's exact name (any case); a USPS code is upper-cased. */
    static String codeOrName(String name, String value, boolean nonmetroCodes) {
        List<FieldProblem> errors = new ArrayList<>();
        String key = QueryParameters.text(name, value, MAX_NAME, errors);
        QueryParameters.check(errors);
        if (key != null && USPS_CODE.matcher(key).matches()) {
            return key.toUpperCase(Locale.ROOT);
        }
        boolean code = key != null && (nonmetroCodes ? DIGIT_CODE : CBSA_CODE).matcher(key).matches();
        if (key == null || !(code || key.chars().anyMatch(Character::isLetter))) {
            throw new InvalidRequestException(name, nonmetroCodes
                    ? "must be a state or territory code, a CBSA or nonmetropolitan area code, or an area's name"
                    : "must be a 5-digit CBSA code or a metro area name");
        }
        return key;
    }

    static String cbsaCode(String name, String value) {
        if (value == null || !CBSA_CODE.matcher(value).matches()) {
            throw new InvalidRequestException(name, "must be a 5-digit CBSA code");
        }
        return value;
    }

    private static boolean validOccupation(String value) {
        return value.length() <= 100 && OCCUPATION.matcher(value).matches();
    }

    private static String areaCode(String item) {
        if (USPS_CODE.matcher(item).matches()) {
            return item.toUpperCase(Locale.ROOT);
        }
        return DIGIT_CODE.matcher(item).matches() ? item : null;
    }

    private interface Item {
        /** The item normalised, or null when it is malformed. */
        String parse(String item);
    }

    private static List<String> list(String name, String value, List<FieldProblem> errors, Item item, String what) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldProblem(name, "is required: 1 to " + MAX_LIST + " " + what + ", comma-separated"));
            return List.of();
        }
        String[] parts = value.split(",", -1);
        if (parts.length > MAX_LIST) {
            errors.add(new FieldProblem(name, "must list at most " + MAX_LIST + " values, not " + parts.length));
            return List.of();
        }
        Set<String> items = new LinkedHashSet<>();
        for (String part : parts) {
            String parsed = part.isBlank() ? null : item.parse(part.strip());
            if (parsed == null) {
                errors.add(new FieldProblem(name, "must be 1 to " + MAX_LIST + " " + what + ", comma-separated"));
                return List.of();
            }
            if (!items.add(parsed)) {
                errors.add(new FieldProblem(name, "lists " + parsed + " twice; each value once"));
                return List.of();
            }
        }
        return List.copyOf(items);
    }
}
