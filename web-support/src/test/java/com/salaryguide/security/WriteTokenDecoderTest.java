package com.salaryguide.security;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.test.StepVerifier;

class WriteTokenDecoderTest {

    private static final String SECRET = "a-secret-of-at-least-thirty-two-bytes!!";
    private final WriteSecurityAutoConfiguration configuration = new WriteSecurityAutoConfiguration();

    private static WriteSecurityProperties secret(String secret) {
        return new WriteSecurityProperties(secret, null, null);
    }

    private static String token(String secret) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), new JWTClaimsSet.Builder()
                .subject("editor").claim("scope", "salary.write").expirationTime(Date.from(Instant.now().plusSeconds(60)))
                .build());
        jwt.sign(new MACSigner(secret.getBytes(StandardCharsets.UTF_8)));
        return jwt.serialize();
    }

    @Test
    void refusesToStartWithASecretShorterThan32Bytes() {
        assertThatThrownBy(() -> configuration.writeTokenDecoder(secret("thirty-one-bytes-is-not-enough!")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("at least 32 bytes");
    }

    @Test
    void acceptsTokensSignedWithTheSecretOnly() throws Exception {
        ReactiveJwtDecoder decoder = configuration.writeTokenDecoder(secret(SECRET));
        StepVerifier.create(decoder.decode(token(SECRET)))
                .expectNextMatches(jwt -> "salary.write".equals(jwt.getClaimAsString("scope"))).verifyComplete();
        StepVerifier.create(decoder.decode(token("another-secret-of-at-least-thirty-two-bytes")))
                .expectError(BadJwtException.class).verify();
    }

    @Test
    void acceptsRs256TokensVerifiableThroughTheJwkSetOnly() throws Exception {
        com.nimbusds.jose.jwk.RSAKey key = new com.nimbusds.jose.jwk.gen.RSAKeyGenerator(2048).keyID("k1").generate();
        com.nimbusds.jose.jwk.RSAKey stranger = new com.nimbusds.jose.jwk.gen.RSAKeyGenerator(2048).keyID("k1").generate();
        byte[] jwks = new com.nimbusds.jose.jwk.JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
        com.sun.net.httpserver.HttpServer server = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/jwks.json", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, jwks.length);
            exchange.getResponseBody().write(jwks);
            exchange.close();
        });
        server.start();
        try {
            String uri = "http://127.0.0.1:" + server.getAddress().getPort() + "/jwks.json";
            ReactiveJwtDecoder decoder = configuration.writeTokenDecoder(new WriteSecurityProperties(null, uri, null));
            StepVerifier.create(decoder.decode(rs256(key)))
                    .expectNextMatches(jwt -> "salary.write".equals(jwt.getClaimAsString("scope"))).verifyComplete();
            StepVerifier.create(decoder.decode(rs256(stranger))).expectError(BadJwtException.class).verify();
            StepVerifier.create(decoder.decode(token(SECRET))).expectError(BadJwtException.class).verify();
        } finally {
            server.stop(0);
        }
    }

    private static String rs256(com.nimbusds.jose.jwk.RSAKey key) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                new JWTClaimsSet.Builder().subject("editor").claim("scope", "salary.write")
                        .expirationTime(Date.from(Instant.now().plusSeconds(60))).build());
        jwt.sign(new com.nimbusds.jose.crypto.RSASSASigner(key));
        return jwt.serialize();
    }

    private static String token(JWTClaimsSet.Builder claims) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256),
                claims.subject("editor").claim("scope", "salary.write").build());
        jwt.sign(new MACSigner(SECRET.getBytes(StandardCharsets.UTF_8)));
        return jwt.serialize();
    }

    @Test
    void refusesATokenThatNeverExpires() throws Exception {
        ReactiveJwtDecoder decoder = configuration.writeTokenDecoder(secret(SECRET));
        StepVerifier.create(decoder.decode(token(new JWTClaimsSet.Builder())))
                .expectErrorSatisfies(error -> org.assertj.core.api.Assertions.assertThat(error)
                        .isInstanceOf(BadJwtException.class).hasMessageContaining("exp"))
                .verify();
    }

    @Test
    void honoursExpiryAndNotBeforeWithinTheClockSkewOnly() throws Exception {
        ReactiveJwtDecoder decoder = configuration.writeTokenDecoder(secret(SECRET));
        Instant now = Instant.now();
        // 30 s past expiry is within the default 60 s skew; two minutes past is not
        StepVerifier.create(decoder.decode(token(new JWTClaimsSet.Builder()
                .expirationTime(Date.from(now.minusSeconds(30)))))).expectNextCount(1).verifyComplete();
        StepVerifier.create(decoder.decode(token(new JWTClaimsSet.Builder()
                .expirationTime(Date.from(now.minusSeconds(120)))))).expectError(BadJwtException.class).verify();
        // not valid before two minutes from now: refused; before 30 s from now: within the skew
        StepVerifier.create(decoder.decode(token(new JWTClaimsSet.Builder().expirationTime(Date.from(now.plusSeconds(600)))
                .notBeforeTime(Date.from(now.plusSeconds(120)))))).expectError(BadJwtException.class).verify();
        StepVerifier.create(decoder.decode(token(new JWTClaimsSet.Builder().expirationTime(Date.from(now.plusSeconds(600)))
                .notBeforeTime(Date.from(now.plusSeconds(30)))))).expectNextCount(1).verifyComplete();
    }

    @Test
    void withNoKeyConfiguredRefusesEveryToken() throws Exception {
        ReactiveJwtDecoder decoder = configuration.writeTokenDecoder(secret(null));
        StepVerifier.create(decoder.decode(token(SECRET))).expectError(BadJwtException.class).verify();
    }
}
