package com.salaryguide.problem;

import java.util.List;

import com.salaryguide.problem.InvalidRequestException.FieldProblem;

/**
 * Parsing of query parameters that are taken as raw strings, so that a bad value becomes a field error the
 * caller names (instead of a framework type-mismatch message). Errors are collected, so one 400 lists them all.
 */
public final class QueryParameters {

    private QueryParameters() {
    }

    /** An optional whole number within [min, max]; {@code fallback} when absent. */
    public static int intParam(String name, String value, int fallback, int min, int max, List<FieldProblem> errors) {
        if (value == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        errors.add(new FieldProblem(name, "must be a whole number between " + min + " and " + max));
        return fallback;
    }

    /** Optional free text: null when blank, an error when longer than {@code maxLength} or holding control characters. */
    public static String text(String name, String value, int maxLength, List<FieldProblem> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.length() > maxLength || text.chars().anyMatch(Character::isISOControl)) {
            errors.add(new FieldProblem(name, "must be at most " + maxLength + " printable characters"));
            return null;
        }
        return text;
    }

    /** Throws one 400 naming every collected field error, if any. */
    public static void check(List<FieldProblem> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
    }
}
