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
    void withNoKeyConfiguredRefusesEveryToken() throws Exception {
        ReactiveJwtDecoder decoder = configuration.writeTokenDecoder(secret(null));
        StepVerifier.create(decoder.decode(token(SECRET))).expectError(BadJwtException.class).verify();
    }
}
