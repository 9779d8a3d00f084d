package com.salaryguide.security;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * salaryguide.* security settings: SALARYGUIDE_JWT_SECRET, SALARYGUIDE_JWK_SET_URI, and
 * salaryguide.security.public-posts (POST path patterns that only compute, open to anyone).
 */
@ConfigurationProperties("salaryguide")
public record WriteSecurityProperties(String jwtSecret, String jwkSetUri, @DefaultValue Security security) {

    public List<String> publicPosts() {
        return security == null || security.publicPosts() == null ? List.of() : security.publicPosts();
    }

    public record Security(@DefaultValue List<String> publicPosts) {
    }
}
