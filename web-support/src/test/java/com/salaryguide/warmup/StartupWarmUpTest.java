package com.salaryguide.warmup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.web.reactive.function.server.RequestPredicates.GET;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.reactor.netty.NettyReactiveWebServerFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.server.reactive.HttpHandler;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/** The warm-up against a real server on a free port: its requests, and the exit that ends a cache-training run. */
class StartupWarmUpTest {

    private final List<String> events = new CopyOnWriteArrayList<>();
    private ConfigurableApplicationContext context;

    @AfterEach
    void close() {
        if (context != null) {
            context.close();
        }
    }

    @Test
    void aTrainingRunExitsOnlyAfterEveryWarmUpRequestWasAnswered() {
        start(properties(true));

        assertThat(events).containsExactly("ping", "ping", "ping", "exit");
    }

    @Test
    void anOrdinaryStartWarmsUpAndKeepsRunning() {
        start(properties(false));

        assertThat(events).containsExactly("ping", "ping", "ping");
        assertThat(context.isActive()).isTrue();
    }

    @Test
    void aTrainingRunExitsEvenWhenItsDependenciesNeverBecameReady() {
        // a gateway's image is built without its services: the warm-up is skipped, the run must still end
        StartupWarmUp.WarmUpProperties waiting = new StartupWarmUp.WarmUpProperties(List.of("/ping"), List.of(), 3,
                Duration.ofSeconds(5), List.of("http://127.0.0.1:1"), "/ready", Duration.ZERO, true);
        start(waiting);

        assertThat(events).containsExactly("exit");
    }

    private static StartupWarmUp.WarmUpProperties properties(boolean exitAfter) {
        return new StartupWarmUp.WarmUpProperties(List.of("/ping"), List.of(), 3, Duration.ofSeconds(5), List.of(),
                "", Duration.ofSeconds(1), exitAfter);
    }

    private void start(StartupWarmUp.WarmUpProperties properties) {
        PingServer.events = events;
        SpringApplication application = new SpringApplication(PingServer.class);
        application.setWebApplicationType(WebApplicationType.REACTIVE);
        application.addListeners(new StartupWarmUp(properties, exited -> events.add("exit")));
        context = application.run("--spring.main.banner-mode=off");
    }

    @Configuration(proxyBeanMethods = false)
    static class PingServer {

        static List<String> events;

        @Bean
        NettyReactiveWebServerFactory webServerFactory() {
            return new NettyReactiveWebServerFactory(0);
        }

        @Bean
        HttpHandler httpHandler() {
            return RouterFunctions.toHttpHandler(RouterFunctions.route(GET("/ping"), request -> {
                events.add("ping");
                return ServerResponse.ok().bodyValue("pong");
            }));
        }
    }
}
