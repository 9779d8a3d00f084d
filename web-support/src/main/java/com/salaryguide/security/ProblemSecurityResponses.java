package com.salaryguide.security;

import com.salaryguide.problem.ProblemWriter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** 401 and 403 as RFC 9457 problems, each with its RFC 6750 WWW-Authenticate challenge. */
class ProblemSecurityResponses implements ServerAuthenticationEntryPoint, ServerAccessDeniedHandler {

    @Override
    public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException ex) {
        boolean tokenSent = exchange.getRequest().getHeaders().containsHeader(HttpHeaders.AUTHORIZATION);
        String detail = tokenSent ? "The bearer token is not valid (signature, expiry or format)."
                : "This request changes data and needs a bearer token with scope salary.write.";
        exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, tokenSent
                ? "Bearer error=\"invalid_token\", error_description=\"" + detail + "\"" : "Bearer");
        return ProblemWriter.write(exchange.getResponse(), HttpStatus.UNAUTHORIZED, "Unauthorized", detail);
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException denied) {
        exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"insufficient_scope\", "
                + "error_description=\"The token does not carry scope salary.write\", scope=\"salary.write\"");
        return ProblemWriter.write(exchange.getResponse(), HttpStatus.FORBIDDEN, "Forbidden",
                "The bearer token does not carry scope salary.write.");
    }
}
