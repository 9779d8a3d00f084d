package com.salaryguide.security;

import java.nio.charset.StandardCharsets;
import java.util.List;

import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import com.salaryguide.problem.ProblemWriter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.security.web.server.util.matcher.AndServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.NegatedServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.OrServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;
import reactor.core.publisher.Mono;

/**
 * Closed-by-default writes for every process of the platform. Reads (GET, HEAD, OPTIONS) are public, and so are the
 * POST paths listed in salaryguide.security.public-posts (computations that write nothing, such as offer
 * evaluations). Every other request needs a bearer JWT with scope salary.write, signed with HMAC-SHA256 by
 * SALARYGUIDE_JWT_SECRET (at least 32 bytes; a shorter secret stops the process at start) or verifiable through
 * the JWK set at SALARYGUIDE_JWK_SET_URI (RS256). With neither configured every write is refused with 401.
 */
@AutoConfiguration
@EnableWebFluxSecurity
@EnableConfigurationProperties(WriteSecurityProperties.class)
public class WriteSecurityAutoConfiguration {

    static final String WRITE_SCOPE = "SCOPE_salary.write";
    private static final Logger log = LoggerFactory.getLogger(WriteSecurityAutoConfiguration.class);

    @Bean
    ReactiveJwtDecoder writeTokenDecoder(WriteSecurityProperties properties) {
        if (properties.jwtSecret() != null && !properties.jwtSecret().isEmpty()) {
            byte[] secret = properties.jwtSecret().getBytes(StandardCharsets.UTF_8);
            if (secret.length < 32) {
                throw new IllegalStateException("SALARYGUIDE_JWT_SECRET is " + secret.length
                        + " bytes; HMAC-SHA256 write tokens need a secret of at least 32 bytes. Refusing to start.");
            }
            NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withSecretKey(
                    new SecretKeySpec(secret, "HmacSHA256")).macAlgorithm(MacAlgorithm.HS256).build();
            decoder.setJwtValidator(timestamps(properties));
            return decoder;
        }
        if (properties.jwkSetUri() != null && !properties.jwkSetUri().isBlank()) {
            NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withJwkSetUri(properties.jwkSetUri()).build();
            decoder.setJwtValidator(timestamps(properties));
            return decoder;
        }
        log.warn("No SALARYGUIDE_JWT_SECRET or SALARYGUIDE_JWK_SET_URI configured: every write will be refused");
        return token -> Mono.error(new BadJwtException("No token signing key is configured; writes are disabled"));
    }

    /**
     * A write token must say when it expires (a token without exp would be good for ever once leaked); exp and, when
     * present, nbf are checked with the configured clock skew (salaryguide.security.clock-skew).
     */
    static OAuth2TokenValidator<Jwt> timestamps(WriteSecurityProperties properties) {
        JwtTimestampValidator timestamps = new JwtTimestampValidator(properties.clockSkew());
        timestamps.setAllowEmptyExpiryClaim(false);
        return timestamps;
    }

    /** Security headers on every answer (Spring Security's own header writer is off; see the filter). */
    @Bean
    SecurityHeadersFilter securityHeadersFilter() {
        return new SecurityHeadersFilter();
    }

    /**
     * No observation (timer, span) per security filter and authorization decision: each request is already observed
     * once as http.server.requests, and the per-filter observations cost about a tenth of the gateway's CPU under
     * load for detail nobody reads. Define a SecurityObservationSettings bean to bring them back.
     */
    @Bean
    @ConditionalOnMissingBean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    /** Requests the firewall refuses (encoded ;, NUL, ..) get a problem body like every other error. */
    @Bean
    ServerExchangeRejectedHandler problemExchangeRejectedHandler() {
        return (exchange, rejected) -> ProblemWriter.write(exchange.getResponse(), HttpStatus.BAD_REQUEST,
                "Bad Request", "The request URL contains characters that are not allowed.");
    }

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityWebFilterChain apiSecurity(ServerHttpSecurity http, ReactiveJwtDecoder decoder,
                                       WriteSecurityProperties properties) {
        ProblemSecurityResponses problems = new ProblemSecurityResponses();
        List<String> publicPosts = properties.publicPosts();
        // Reads, and anonymous calls of the public computing POSTs, need no authentication at all, so they skip the
        // security chain: its bearer-token, authorization and exception-translation filters cost about 15 us of CPU
        // a request (a sixth of a wage-service read, measured side by side). The firewall still applies to them, as
        // it runs before any chain is matched; the response headers come from SecurityHeadersFilter. A public POST
        // that sends a token still takes the chain, so a bad token is refused there.
        ServerWebExchangeMatcher anonymousPublicPost = publicPosts.isEmpty()
                ? exchange -> ServerWebExchangeMatcher.MatchResult.notMatch()
                : new AndServerWebExchangeMatcher(
                        ServerWebExchangeMatchers.pathMatchers(HttpMethod.POST, publicPosts.toArray(String[]::new)),
                        exchange -> exchange.getRequest().getHeaders().containsHeader(HttpHeaders.AUTHORIZATION)
                                ? ServerWebExchangeMatcher.MatchResult.notMatch()
                                : ServerWebExchangeMatcher.MatchResult.match());
        ServerWebExchangeMatcher writes = new NegatedServerWebExchangeMatcher(new OrServerWebExchangeMatcher(
                ServerWebExchangeMatchers.pathMatchers(HttpMethod.GET, "/**"),
                ServerWebExchangeMatchers.pathMatchers(HttpMethod.HEAD, "/**"),
                ServerWebExchangeMatchers.pathMatchers(HttpMethod.OPTIONS, "/**"),
                anonymousPublicPost));
        return http
                .securityMatcher(writes)
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .requestCache(ServerHttpSecurity.RequestCacheSpec::disable)
                .headers(ServerHttpSecurity.HeaderSpec::disable)
                .authorizeExchange(exchanges -> {
                    if (!publicPosts.isEmpty()) {
                        exchanges.pathMatchers(HttpMethod.POST, publicPosts.toArray(String[]::new)).permitAll();
                    }
                    exchanges.anyExchange().hasAuthority(WRITE_SCOPE);
                })
                .oauth2ResourceServer(oauth -> oauth
                        .jwt(jwt -> jwt.jwtDecoder(decoder))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(ex -> ex.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .build();
    }
}
