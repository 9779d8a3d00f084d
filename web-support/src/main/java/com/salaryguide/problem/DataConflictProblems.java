package com.salaryguide.problem;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A write the database refuses for integrity (two clients creating the same row at the same moment, past the
 * service's own checks) is a 409 conflict the client can resolve by reading again, not a server error. Ordered
 * before the service's own handler, whose catch-all would otherwise answer 500. Nothing of the database's message
 * reaches the client.
 */
@AutoConfiguration
@ConditionalOnClass(DataIntegrityViolationException.class)
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class DataConflictProblems {

    private static final Logger log = LoggerFactory.getLogger(DataConflictProblems.class);

    @ExceptionHandler
    ProblemDetail integrity(DataIntegrityViolationException ex) {
        log.warn("Write refused by the database: {}", ex.getMostSpecificCause().getMessage());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "The write conflicts with data stored meanwhile; read the current state and try again.");
        problem.setTitle("Conflict");
        problem.setType(ProblemTypes.CONFLICT);
        return problem;
    }
}
