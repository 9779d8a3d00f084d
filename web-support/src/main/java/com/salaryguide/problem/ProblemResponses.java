package com.salaryguide.problem;

import java.util.Comparator;
import java.util.List;

import com.salaryguide.problem.InvalidRequestException.FieldProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.web.bind.support.WebExchangeBindException;
import org.springframework.web.reactive.resource.NoResourceFoundException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.result.method.annotation.ResponseEntityExceptionHandler;

/**
 * Base of each service's single error handler (a {@code @RestControllerAdvice} subclass in the service): every
 * error becomes an RFC 9457 problem. Framework errors (wrong method, unsupported media type) are rendered by
 * Spring's base class; the platform's own exceptions, unreadable or invalid bodies and unknown paths here. Nothing
 * internal (class names, SQL, stack traces) reaches a client.
 */
public abstract class ProblemResponses extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);
    /** A body can break a rule in every one of thousands of entries; the answer names the first ones. */
    private static final int MAX_FIELD_PROBLEMS = 100;
    private static final int MAX_ECHOED_PATH = 200;

    @ExceptionHandler
    ProblemDetail notFound(NotFoundException ex) {
        return problem(HttpStatus.NOT_FOUND, ProblemTypes.NOT_FOUND, "Not Found", ex.getMessage());
    }

    @ExceptionHandler
    ProblemDetail conflict(ConflictException ex) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, ProblemTypes.CONFLICT, "Conflict", ex.getMessage());
        ex.properties().forEach(problem::setProperty);
        return problem;
    }

    /** A dependency could not answer: worth retrying soon, which Retry-After says (RFC 9110). */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> unavailable(UnavailableException ex) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(ex.retryAfter().toSeconds()))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem(HttpStatus.SERVICE_UNAVAILABLE, ProblemTypes.UNAVAILABLE, "Service Unavailable",
                        ex.getMessage()));
    }

    @ExceptionHandler
    ProblemDetail invalid(InvalidRequestException ex) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, ProblemTypes.VALIDATION, "Invalid request",
                ex.getMessage());
        problem.setProperty("errors", ex.errors());
        return problem;
    }

    /**
     * An unknown path. Spring's own answer speaks of a "static resource", which these services do not serve; the
     * path is echoed as sent (still percent-encoded), shortened, and without control characters.
     */
    @ExceptionHandler
    ProblemDetail noSuchPath(NoResourceFoundException ex, ServerWebExchange exchange) {
        return problem(HttpStatus.NOT_FOUND, ProblemTypes.NOT_FOUND, "Not Found",
                "No such path: " + printable(exchange.getRequest().getPath().value(), MAX_ECHOED_PATH));
    }

    /**
     * A body that breaks its Bean Validation constraints ({@code @Valid}/{@code @Validated} on a
     * {@code @RequestBody}): the same problem as {@link InvalidRequestException}, one entry per field, named by its
     * path in the JSON ({@code classifications[0].socCode}), in a stable order.
     */
    @Override
    protected Mono<ResponseEntity<Object>> handleWebExchangeBindException(WebExchangeBindException ex, HttpHeaders headers,
                                                                         HttpStatusCode status, ServerWebExchange exchange) {
        ProblemDetail problem = invalid(new InvalidRequestException(fieldProblems(ex.getBindingResult())));
        return Mono.just(ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem));
    }

    private static List<FieldProblem> fieldProblems(BindingResult result) {
        ProblemList problems = new ProblemList(MAX_FIELD_PROBLEMS, "body");
        result.getAllErrors().stream()
                .map(e -> new FieldProblem(e instanceof FieldError f ? f.getField() : "body", message(e)))
                .sorted(Comparator.comparing(FieldProblem::field).thenComparing(FieldProblem::message))
                .forEach(p -> problems.add(p.field(), p.message()));
        return problems.reported();
    }

    private static String message(ObjectError error) {
        return error.getDefaultMessage() == null ? "is invalid" : error.getDefaultMessage();
    }

    private static String printable(String text, int maxLength) {
        String shown = text.length() > maxLength ? text.substring(0, maxLength) + "..." : text;
        return shown.codePoints().filter(c -> !Character.isISOControl(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    /**
     * An unreadable body: malformed JSON, a wrong type or an unknown field. Names the JSON path Jackson stopped at,
     * never the Java types involved.
     */
    @Override
    protected Mono<ResponseEntity<Object>> handleServerWebInputException(ServerWebInputException ex, HttpHeaders headers,
                                                                        HttpStatusCode status, ServerWebExchange exchange) {
        JacksonException jackson = cause(ex, JacksonException.class);
        if (jackson == null) {
            FieldProblem named = namedInputProblem(ex);
            if (named == null) {
                return super.handleServerWebInputException(ex, headers, status, exchange);
            }
            ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, ProblemTypes.VALIDATION, "Invalid request",
                    named.field() + ": " + named.message());
            problem.setProperty("errors", List.of(named));
            return Mono.just(ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem));
        }
        String field = jsonPath(jackson);
        String message = jackson instanceof StreamReadException ? "is not valid JSON"
                : jackson.getClass().getSimpleName().startsWith("UnrecognizedProperty") ? "is not a known field"
                : "has the wrong type or format";
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, ProblemTypes.VALIDATION, "Invalid request",
                field.isEmpty() ? "The request body is not valid JSON." : field + ": " + message);
        problem.setProperty("errors", List.of(new FieldProblem(
                field.isEmpty() ? "body" : field, field.isEmpty() ? "is not valid JSON" : message)));
        return Mono.just(ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem));
    }

    /**
     * A query parameter of the wrong type ({@code includeGroups=abc}) or a missing (or JSON {@code null}) body, named
     * like every other field error; null for input problems with nothing to name.
     */
    private static FieldProblem namedInputProblem(ServerWebInputException ex) {
        MethodParameter parameter = ex.getMethodParameter();
        if (parameter == null) {
            return null;
        }
        if (cause(ex, TypeMismatchException.class) != null) {
            RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
            String name = param != null && !param.name().isEmpty() ? param.name() : parameter.getParameterName();
            return name == null ? null : new FieldProblem(name, "has the wrong type or format");
        }
        // Spring's own reason for an empty body (its cause only repeats it with the Java method's signature)
        if ("No request body".equals(ex.getReason()) && parameter.hasParameterAnnotation(RequestBody.class)) {
            return new FieldProblem("body", "is required");
        }
        return null;
    }

    private static String jsonPath(JacksonException ex) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference ref : ex.getPath()) {
            if (ref.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.length() > 200 ? path.substring(0, 200) : path.toString();
    }

    private static <T extends Throwable> T cause(Throwable ex, Class<T> type) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    @ExceptionHandler
    ProblemDetail unexpected(Exception ex, ServerWebExchange exchange) throws Exception {
        if (exchange.getResponse().isCommitted()) {
            // the answer has begun (typically: the client went away mid-answer), so no problem can replace it; Spring
            // logs a gone client at DEBUG and anything else once, and closes the connection
            throw ex;
        }
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
