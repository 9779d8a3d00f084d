package com.salaryguide.warmup;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Sends a few requests to this process's own main read paths once it has started and before it reports ready, so
 * the first real request does not pay for class loading, JIT, connection-pool filling and first queries. Without
 * this a cold service can exceed the gateway's per-call timeout and cost a guide its sections right after a
 * deploy. Failures are logged and ignored: warm-up never stops a start.
 */
public class StartupWarmUp implements ApplicationListener<ApplicationReadyEvent> {

    private static final Logger log = LoggerFactory.getLogger(StartupWarmUp.class);

    private final WarmUpProperties properties;
    private final Consumer<ConfigurableApplicationContext> exit;

    public StartupWarmUp(WarmUpProperties properties) {
        this(properties, context -> System.exit(SpringApplication.exit(context)));
    }

    /** With {@code exit}: what ends the process when {@code exitAfter} is set (a test passes a recorder). */
    StartupWarmUp(WarmUpProperties properties, Consumer<ConfigurableApplicationContext> exit) {
        this.properties = properties;
        this.exit = exit;
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        try {
            warmUp(event);
        } finally {
            if (properties.exitAfter()) {
                // a training run for the JDK's ahead-of-time cache (see the Dockerfiles): the cache then holds what
                // the start and the warm-up loaded and ran, and is written when the JVM exits
                log.info("Warm-up over; exiting (salaryguide.warm-up.exit-after)");
                exit.accept(event.getApplicationContext());
            }
        }
    }

    private void warmUp(ApplicationReadyEvent event) {
        if ((properties.paths().isEmpty() && properties.posts().isEmpty()) || !(event.getApplicationContext() instanceof WebServerApplicationContext web)
                || web.getWebServer() == null) {
            return;
        }
        int port = web.getWebServer().getPort();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        if (!awaitDependencies(http)) {
            log.warn("Warm-up skipped: {} not ready within {}", properties.await(), properties.awaitLimit());
            return;
        }
        long started = System.nanoTime();
        int failures = 0;
        List<HttpRequest.Builder> requests = new java.util.ArrayList<>();
        for (String path : properties.paths()) {
            requests.add(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET());
        }
        for (Post post : properties.posts()) {
            requests.add(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + post.path()))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(post.body())));
        }
        for (int round = 0; round < properties.rounds(); round++) {
            for (HttpRequest.Builder request : requests) {
                try {
                    http.send(request.timeout(properties.timeout()).build(), HttpResponse.BodyHandlers.discarding());
                } catch (Exception ex) {
                    failures++;
                    if (ex instanceof InterruptedException) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }
        }
        log.info("Warm-up: {} requests to {} and {} in {} ms ({} failed)", properties.rounds() * requests.size(),
                properties.paths(), properties.posts().stream().map(Post::path).toList(),
                (System.nanoTime() - started) / 1_000_000, failures);
    }

    /**
     * Waits (bounded) until each entry of {@code await} answers 200, so warm-up requests exercise real answers. An
     * entry may list several instances' base URLs, comma separated: one of them answering is enough.
     */
    private boolean awaitDependencies(HttpClient http) {
        long deadline = System.nanoTime() + properties.awaitLimit().toNanos();
        for (String entry : properties.await()) {
            while (!anyReady(http, entry)) {
                if (Thread.currentThread().isInterrupted()) {
                    return false;
                }
                if (System.nanoTime() > deadline) {
                    return false;
                }
                try {
                    Thread.sleep(200);
                } catch (InterruptedException ex) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
        }
        return true;
    }

    private boolean anyReady(HttpClient http, String entry) {
        for (String base : entry.split(",")) {
            try {
                HttpRequest request = HttpRequest.newBuilder(URI.create(base.strip() + properties.awaitPath()))
                        .timeout(Duration.ofSeconds(2)).GET().build();
                if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return true;
                }
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                return false;
            } catch (Exception notYet) {
                // not up yet
            }
        }
        return false;
    }

    /**
     * salaryguide.warm-up.*: which paths (GET) and posts (JSON bodies to paths that only compute), how many rounds,
     * how long one request may take, and URLs that must answer 200 first (a gateway waits for its services), for at
     * most {@code awaitLimit}; {@code awaitPath} is appended to each awaited base URL. {@code exitAfter} ends the
     * process once the warm-up is over (or skipped): the run that records an image's ahead-of-time cache.
     */
    public record WarmUpProperties(List<String> paths, List<Post> posts, int rounds, Duration timeout,
                                   List<String> await, String awaitPath, Duration awaitLimit, boolean exitAfter) {
    }

    /** A POST sent during warm-up: a path and its JSON body. */
    public record Post(String path, String body) {
    }
}
