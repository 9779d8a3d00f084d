package com.salaryguide.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import com.salaryguide.gateway.support.StubService;
import com.salaryguide.gateway.support.StubbedServices;
import com.salaryguide.testsupport.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Flux;

/**
 * What a client gets when a routed call cannot be completed (a service down, hung, or sent a body it must not
 * take), and the edges of the gateway's own connection handling: never a 500, always a problem it can act on.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
class RoutedCallFailuresTest {

    private static final int DEAD_PORT = freePort();

    @DynamicPropertySource
    static void configure(DynamicPropertyRegistry registry) {
        StubbedServices.register(registry);
        // wage-service is down: nothing listens on its port
        registry.add("salaryguide.downstream.wage-url", () -> "http://127.0.0.1:" + DEAD_PORT);
        registry.add("spring.cloud.gateway.server.webflux.httpclient.response-timeout", () -> "1s");
        registry.add("salaryguide.jwt-secret", () -> TestTokens.SECRET);
        registry.add("salaryguide.routing.max-body-size", () -> "64KB");
        registry.add("salaryguide.server.request-head-timeout", () -> "1s");
        registry.add("salaryguide.server.idle-timeout", () -> "2s");
    }

    @Autowired
    WebTestClient http;

    @LocalServerPort
    int port;

    @AfterEach
    void restore() {
        StubbedServices.allUp();
    }

    @Test
    void answersServiceUnavailableWithRetryAfterWhenTheServiceCannotBeReached() {
        http.get().uri("/api/v1/occupations/15-2051").exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueEquals("Retry-After", "5")
                .expectBody()
                .jsonPath("$.type").isEqualTo("/problems/unavailable")
                .jsonPath("$.title").isEqualTo("Service Unavailable")
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).doesNotContain("127.0.0.1"));
    }

    @Test
    void answersGatewayTimeoutWithRetryAfterWhenTheServiceDoesNotAnswerInTime() {
        StubbedServices.GEOGRAPHY.mode(StubService.Mode.SLOW);
        http.get().uri("/api/v1/geography/states/CA").exchange()
                .expectStatus().isEqualTo(504)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueEquals("Retry-After", "5")
                .expectBody().jsonPath("$.status").isEqualTo(504);
    }

    @Test
    void refusesAnOversizedBodyBeforeProxyingIt() throws Exception {
        int tenMegabytes = 10 * 1024 * 1024;
        String status = sendWhileReading("PUT /api/v1/advice/guides/machine-learning-engineer HTTP/1.1\r\n"
                + "Host: localhost\r\nContent-Type: application/json\r\nAuthorization: Bearer " + TestTokens.writer()
                + "\r\nContent-Length: " + tenMegabytes + "\r\n\r\n", out -> {
                    byte[] block = new byte[64 * 1024];
                    for (int sent = 0; sent < tenMegabytes; sent += block.length) {
                        out.write(block);
                    }
                });
        assertThat(status).startsWith("HTTP/1.1 413");
        assertThat(StubbedServices.ADVICE.received()).noneMatch(request -> request.startsWith("PUT "));
    }

    @Test
    void refusesAnOversizedChunkedBodyWithContentTooLarge() throws Exception {
        // no Content-Length: the body streams in 64 KB chunks, 10 MB in all, and is counted as it goes
        String status = sendWhileReading("PUT /api/v1/advice/guides/machine-learning-engineer HTTP/1.1\r\n"
                + "Host: localhost\r\nContent-Type: application/json\r\nAuthorization: Bearer " + TestTokens.writer()
                + "\r\nTransfer-Encoding: chunked\r\n\r\n", out -> {
                    byte[] block = "x".repeat(64 * 1024).getBytes(StandardCharsets.US_ASCII);
                    for (int i = 0; i < 160; i++) {
                        out.write((Integer.toHexString(block.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                        out.write(block);
                        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                    }
                    out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                });
        assertThat(status).startsWith("HTTP/1.1 413");
    }

    private interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Sends a request head and streams its body from another thread while reading the answer, as a browser or curl
     * does: a server may answer (413) before the body is complete, and then close the connection.
     */
    private String sendWhileReading(String head, Body body) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            Thread writer = new Thread(() -> {
                try {
                    body.writeTo(out);
                    out.flush();
                } catch (IOException closedByServer) {
                    // expected once the server has answered and closed
                }
            });
            writer.start();
            String statusLine = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                    StandardCharsets.US_ASCII)).readLine();
            writer.join(20_000);
            return statusLine;
        }
    }

    @Test
    void refusesATokenWithoutExpiryAndChallengesAMissingScope() {
        http.post().uri("/api/v1/advice/guides").headers(TestTokens.bearer(TestTokens.withoutExpiry()))
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().valueMatches("WWW-Authenticate", "Bearer error=\"invalid_token\".*");
        http.post().uri("/api/v1/advice/guides").headers(TestTokens.bearer(TestTokens.withoutWriteScope()))
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange()
                .expectStatus().isForbidden()
                .expectHeader().valueMatches("WWW-Authenticate",
                        "Bearer error=\"insufficient_scope\".*scope=\"salary.write\"")
                .expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void answersAnUnknownPathWithAPlainNotFoundProblem() {
        http.get().uri("/nothing/here").exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.detail").value(detail ->
                        assertThat((String) detail).doesNotContain("static resource"));
    }

    @Test
    void closesAConnectionWhoseRequestHeadNeverCompletes() throws IOException {
        for (boolean trickle : new boolean[] {false, true}) {
            try (Socket socket = new Socket("127.0.0.1", port)) {
                socket.setSoTimeout(500);
                OutputStream out = socket.getOutputStream();
                InputStream in = socket.getInputStream();
                out.write("GET /api/v1/guides HTTP/1.1\r\nHost: localhost\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
                long started = System.nanoTime();
                boolean closed = false;
                while (!closed && Duration.ofNanos(System.nanoTime() - started).compareTo(Duration.ofSeconds(10)) < 0) {
                    try {
                        closed = in.read() < 0;
                    } catch (java.net.SocketTimeoutException stillOpen) {
                        if (trickle) {
                            try {
                                out.write('X');
                                out.flush();
                            } catch (IOException reset) {
                                closed = true;
                            }
                        }
                    } catch (java.net.SocketException reset) {
                        closed = true;
                    }
                }
                // the head deadline is 1 s here; well within 10 s, whether the client is silent or trickles
                assertThat(closed).as("closed (trickling: %s)", trickle).isTrue();
            }
        }
    }

    @Test
    void keepsAConnectionOpenWhileAnUploadAnnouncedWithExpectContinueTakesLongerThanTheHeadDeadline()
            throws Exception {
        String body = "{\"occupation\":\"15-1252\",\"annualBase\":150000}";
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/offer-evaluations HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json"
                    + "\r\nExpect: 100-continue\r\nContent-Length: " + body.length() + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            java.io.BufferedReader in = new java.io.BufferedReader(new java.io.InputStreamReader(
                    socket.getInputStream(), StandardCharsets.US_ASCII));
            assertThat(in.readLine()).startsWith("HTTP/1.1 100");
            in.readLine();
            // longer than the 1 s head deadline of this test: the request is under way, not stalled
            Thread.sleep(1_500);
            out.write(body.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            // the request was received whole and answered (503: wage-service is down in this test), not cut off
            assertThat(in.readLine()).startsWith("HTTP/1.1 503");
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
