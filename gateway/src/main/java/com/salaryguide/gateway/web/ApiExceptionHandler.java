package com.salaryguide.gateway.web;

import com.salaryguide.problem.ProblemResponses;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** This service's one error handler: the platform's problem responses (see {@link ProblemResponses}). */
@RestControllerAdvice
public class ApiExceptionHandler extends ProblemResponses {
}
