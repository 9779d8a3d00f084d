package com.salaryguide.gateway.contract;

import java.net.URI;
import java.time.Duration;

import au.com.dius.pact.consumer.MockServer;
import com.salaryguide.gateway.advice.AdviceReads;
import com.salaryguide.gateway.downstream.Deadline;
import com.salaryguide.gateway.downstream.DownstreamClient;
import com.salaryguide.gateway.downstream.DownstreamProperties;
import com.salaryguide.gateway.downstream.ReadThroughCache;
import com.salaryguide.gateway.geography.GeographyReads;
import com.salaryguide.gateway.wage.WageReads;
import org.springframework.cloud.client.circuitbreaker.ReactiveCircuitBreakerFactory;
import org.springframework.cloud.client.loadbalancer.reactive.LoadBalancedExchangeFilterFunction;
import org.springframework.context.ApplicationContext;
import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.WebClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * The gateway's own read classes over its own {@link DownstreamClient}, built from the application's beans, with
 * one change: instead of the load balancer picking a configured instance of the service, every read goes to the
 * Pact mock server of the test (each test has its own, on a port of its own).
 */
final class MockServerReads {

    /** Time enough for a mock server on a loaded machine; a read that takes longer fails the test as unavailable. */
    static final Duration DEADLINE = Duration.ofSeconds(10);

    private final DownstreamClient client;

    MockServerReads(ApplicationContext context, MockServer server) {
        DownstreamProperties properties = context.getBean(DownstreamProperties.class);
        URI base = URI.create(server.getUrl());
        LoadBalancedExchangeFilterFunction toMockServer = (request, next) -> next.exchange(ClientRequest.from(request)
                .url(base.resolve(request.url().getRawPath()
                        + (request.url().getRawQuery() == null ? "" : "?" + request.url().getRawQuery())))
                .build());
        this.client = new DownstreamClient(context.getBean(WebClient.Builder.class),
                context.getBean(ReactiveCircuitBreakerFactory.class), properties, new ReadThroughCache(properties),
                context.getBean(JsonMapper.class), toMockServer);
    }

    WageReads wage() {
        return new WageReads(client);
    }

    GeographyReads geography() {
        return new GeographyReads(client);
    }

    AdviceReads advice() {
        return new AdviceReads(client);
    }

    static Deadline deadline() {
        return Deadline.in(DEADLINE);
    }
}
