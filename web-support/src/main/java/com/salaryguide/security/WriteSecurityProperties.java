package com.salaryguide.security;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * salaryguide.* security settings: SALARYGUIDE_JWT_SECRET, SALARYGUIDE_JWK_SET_URI,
 * salaryguide.security.public-posts (POST path patterns that only compute, open to anyone) and
 * salaryguide.security.clock-skew (tolerance on a token's exp and nbf).
 */
@ConfigurationProperties("salaryguide")
public record WriteSecurityProperties(String jwtSecret, String jwkSetUri, @DefaultValue Security security) {

    public List<String> publicPosts() {
        return security == null || security.publicPosts() == null ? List.of() : security.publicPosts();
    }

    /** How far a token's exp/nbf may be off this machine's clock (small: clocks are synchronised). */
    public Duration clockSkew() {
        return security == null || security.clockSkew() == null ? Duration.ofSeconds(60) : security.clockSkew();
    }

    public record Security(@DefaultValue List<String> publicPosts, @DefaultValue("60s") Duration clockSkew) {
    }
}
