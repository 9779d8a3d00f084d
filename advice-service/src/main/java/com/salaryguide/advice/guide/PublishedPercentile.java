package com.salaryguide.advice.guide;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.Set;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** One of the percentiles BLS publishes (10, 25, 50, 75, 90), the only points a benchmark can refer to; null passes. */
@Constraint(validatedBy = PublishedPercentile.Check.class)
@Target({FIELD, METHOD, PARAMETER})
@Retention(RUNTIME)
public @interface PublishedPercentile {

    String message() default "must be one of 10, 25, 50, 75, 90";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<PublishedPercentile, Integer> {

        static final Set<Integer> PUBLISHED = Set.of(10, 25, 50, 75, 90);

        @Override
        public boolean isValid(Integer value, ConstraintValidatorContext context) {
            return value == null || PUBLISHED.contains(value);
        }
    }
}
