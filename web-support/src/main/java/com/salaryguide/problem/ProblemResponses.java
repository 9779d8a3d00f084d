package com.salaryguide.problem;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.reactive.result.method.annotation.ResponseEntityExceptionHandler;

/**
 * Base of each service's single error handler (a {@code @RestControllerAdvice} subclass in the service): every
 * error becomes an RFC 9457 problem. Framework errors (unknown path, wrong method, unreadable body, unsupported
 * media type) are rendered by Spring's base class; the platform's own exceptions here. Nothing internal (class
 * names, SQL, stack traces) reaches a client.
 */
public abstract class ProblemResponses extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);

    @ExceptionHandler
    ProblemDetail notFound(NotFoundException ex) {
        return problem(HttpStatus.NOT_FOUND, ProblemTypes.NOT_FOUND, "Not Found", ex.getMessage());
    }

    @ExceptionHandler
    ProblemDetail conflict(ConflictException ex) {
        return problem(HttpStatus.CONFLICT, ProblemTypes.CONFLICT, "Conflict", ex.getMessage());
    }

    @ExceptionHandler
    ProblemDetail unavailable(UnavailableException ex) {
        return problem(HttpStatus.SERVICE_UNAVAILABLE, ProblemTypes.UNAVAILABLE, "Service Unavailable", ex.getMessage());
    }

    @ExceptionHandler
    ProblemDetail invalid(InvalidRequestException ex) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, ProblemTypes.VALIDATION, "Invalid request",
                ex.getMessage());
        problem.setProperty("errors", ex.errors());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail unexpected(Exception ex) {
        log.error("Unhandled error", ex);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "The server could not complete the request.");
        problem.setTitle("Internal Server Error");
        return problem;
    }

    protected static ProblemDetail problem(HttpStatus status, java.net.URI type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type);
        problem.setTitle(title);
        return problem;
    }
}
