package com.salaryguide.advice.guide;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.OverridesAttribute;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Required text a reader sees: not blank, at most {@link #max} characters (the column's width), and no control
 * characters but line breaks. Each broken rule is reported with its own message.
 */
@NotBlank(message = "is required")
@Size(message = "must be at most {max} characters")
@Pattern(regexp = "[^\\x00-\\x09\\x0B-\\x1F\\x7F-\\x9F]*", message = "must not contain control characters")
@Constraint(validatedBy = {})
@Target({FIELD, METHOD, PARAMETER})
@Retention(RUNTIME)
public @interface Text {

    @OverridesAttribute(constraint = Size.class, name = "max")
    int max();

    String message() default "is not valid text";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
