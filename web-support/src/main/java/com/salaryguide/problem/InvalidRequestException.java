package com.salaryguide.problem;

import java.util.List;

/** The request is malformed; each entry names a field (path variable, query parameter or body property). */
public class InvalidRequestException extends RuntimeException {

    private final transient List<FieldProblem> errors;

    public InvalidRequestException(List<FieldProblem> errors) {
        super(errors.stream().map(e -> e.field() + ": " + e.message()).reduce((a, b) -> a + "; " + b).orElse("invalid"));
        this.errors = List.copyOf(errors);
    }

    public InvalidRequestException(String field, String message) {
        this(List.of(new FieldProblem(field, message)));
    }

    public List<FieldProblem> errors() {
        return errors;
    }

    /** One bad field and what is wrong with it. */
    public record FieldProblem(String field, String message) {
    }
}
