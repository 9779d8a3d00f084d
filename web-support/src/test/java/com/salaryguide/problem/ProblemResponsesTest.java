package com.salaryguide.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;

class ProblemResponsesTest {

    private final ProblemResponses handler = new ProblemResponses() {
    };

    @Test
    void anUnexpectedErrorBeforeTheAnswerBeganIsAnInternalServerErrorProblem() throws Exception {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/api/v1/x"));
        ProblemDetail problem = handler.unexpected(new IllegalStateException("secret internals"), exchange);
        assertThat(problem.getStatus()).isEqualTo(500);
        assertThat(problem.getDetail()).doesNotContain("secret");
    }

    @Test
    void anErrorAfterTheAnswerBeganIsNotAnsweredAgain() {
        // a client that went away mid-answer: the answer is committed, so no problem may be written over it
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/api/v1/x"));
        exchange.getResponse().setComplete().block();
        IllegalStateException aborted = new IllegalStateException("Connection has been closed BEFORE send operation");
        assertThatThrownBy(() -> handler.unexpected(aborted, exchange)).isSameAs(aborted);
    }
}
