package com.salaryguide.testsupport;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.function.Consumer;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.springframework.http.HttpHeaders;

/** HS256 bearer tokens for tests, signed with {@link #SECRET} (what tests configure as SALARYGUIDE_JWT_SECRET). */
public final class TestTokens {

    public static final String SECRET = "test-secret-of-at-least-thirty-two-bytes!";

    private TestTokens() {
    }

    /** Sets the token as the request's bearer credentials; with null, leaves the request anonymous. */
    public static Consumer<HttpHeaders> bearer(String token) {
        return headers -> {
            if (token != null) {
                headers.setBearerAuth(token);
            }
        };
    }

    /** A valid token with scope salary.write, good for an hour. */
    public static String writer() {
        return sign(SECRET, "salary.write", Instant.now().plusSeconds(3600));
    }

    public static String withoutWriteScope() {
        return sign(SECRET, "salary.read", Instant.now().plusSeconds(3600));
    }

    public static String expired() {
        return sign(SECRET, "salary.write", Instant.now().minusSeconds(3600));
    }

    /** Right key and scope, but no exp claim: a token that would never expire, which writes refuse. */
    public static String withoutExpiry() {
        try {
            JWTClaimsSet claims = new JWTClaimsSet.Builder().subject("a").claim("scope", "salary.write").build();
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
            jwt.sign(new MACSigner(SECRET.getBytes(StandardCharsets.UTF_8)));
            return jwt.serialize();
        } catch (JOSEException ex) {
            throw new IllegalStateException(ex);
        }
    }

    public static String signedWithAnotherKey() {
        return sign("another-secret-of-at-least-thirty-two-bytes", "salary.write", Instant.now().plusSeconds(3600));
    }

    public static String sign(String secret, String scope, Instant expiry) {
        try {
            JWTClaimsSet claims = new JWTClaimsSet.Builder().subject("test-editor").claim("scope", scope)
                    .issueTime(new Date()).expirationTime(Date.from(expiry)).build();
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
            jwt.sign(new MACSigner(secret.getBytes(StandardCharsets.UTF_8)));
            return jwt.serialize();
        } catch (JOSEException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
