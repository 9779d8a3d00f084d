package com.salaryguide.system;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.salaryguide.testsupport.TestPostgres;
import com.salaryguide.testsupport.TestTokens;

/**
 * The four executable jars started as separate processes on free ports, each service on its own fresh PostgreSQL
 * database (configured through the standard Spring variables, as an operator would), with write tokens checked
 * against {@link TestTokens#SECRET}; stopped, with their logs kept under target/system-logs, when closed.
 */
final class RunningSystem implements AutoCloseable {

    static final List<String> SERVICES = List.of("wage-service", "geography-service", "advice-service");

    private final Path root;
    private final Map<String, Process> processes = new LinkedHashMap<>();
    private final Map<String, Integer> ports = new LinkedHashMap<>();
    private final Map<String, Map<String, String>> environments = new LinkedHashMap<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    RunningSystem(Path root) {
        this.root = root;
    }

    static Path repositoryRoot() {
        Path here = Path.of("").toAbsolutePath();
        return Files.exists(here.resolve("gateway")) ? here : here.getParent();
    }

    static boolean jarsBuilt(Path root) {
        return List.of("wage-service", "geography-service", "advice-service", "gateway").stream()
                .allMatch(m -> Files.exists(jar(root, m)));
    }

    private static Path jar(Path root, String module) {
        return root.resolve(module).resolve("target").resolve(module + ".jar");
    }

    RunningSystem start() throws IOException, InterruptedException {
        for (String service : SERVICES) {
            ports.put(service, freePort());
        }
        ports.put("gateway", freePort());
        for (String module : ports.keySet()) {
            Map<String, String> env = new LinkedHashMap<>();
            env.put("SALARYGUIDE_JWT_SECRET", TestTokens.SECRET);
            if (module.equals("gateway")) {
                env.put("WAGE_SERVICE_URL", url("wage-service"));
                env.put("GEOGRAPHY_SERVICE_URL", url("geography-service"));
                env.put("ADVICE_SERVICE_URL", url("advice-service"));
                // the battery sends many requests from one client; the limiter itself is tested in the gateway
                env.put("SALARYGUIDE_RATE_LIMIT_CAPACITY", "100000");
            } else {
                env.putAll(TestPostgres.additionalDatabase(module.replace("-service", "")).springEnvironment());
                if (module.equals("wage-service")) {
                    env.put("ADVICE_SERVICE_URL", url("advice-service"));
                }
            }
            Files.deleteIfExists(root.resolve("system-tests/target/system-logs").resolve(module + ".log"));
            launch(module, env);
        }
        for (String module : ports.keySet()) {
            awaitReady(module, Duration.ofSeconds(120));
        }
        return this;
    }

    private void launch(String module, Map<String, String> env) throws IOException {
        environments.put(module, env);
        Path logs = root.resolve("system-tests/target/system-logs");
        Files.createDirectories(logs);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar", jar(root, module).toString(),
                "--server.port=" + ports.get(module)));
        // a restarted process appends to its log, so the crash and the restart read in order
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logs.resolve(module + ".log").toFile()));
        builder.environment().keySet().removeIf(k -> k.startsWith("SPRING_") || k.startsWith("SALARYGUIDE_")
                || k.endsWith("_SERVICE_URL"));
        builder.environment().putAll(env);
        processes.put(module, builder.start());
    }

    private void awaitReady(String module, Duration limit) throws InterruptedException {
        Instant deadline = Instant.now().plus(limit);
        while (Instant.now().isBefore(deadline)) {
            if (!processes.get(module).isAlive()) {
                throw new IllegalStateException(module + " exited; see system-tests/target/system-logs/" + module + ".log");
            }
            try {
                if (get(module, "/actuator/health/readiness").statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException(module + " not ready within " + limit);
    }

    /** Stops one process the hard way, as a crash would. */
    void kill(String module) throws InterruptedException {
        Process p = processes.get(module);
        p.destroyForcibly();
        p.waitFor();
    }

    /**
     * Starts a killed process again, on its port and database, and waits until it is ready: the test that killed it
     * leaves the system whole for the test classes that share it.
     */
    void restart(String module) throws IOException, InterruptedException {
        launch(module, environments.get(module));
        awaitReady(module, Duration.ofSeconds(120));
    }

    String url(String module) {
        return "http://127.0.0.1:" + ports.get(module);
    }

    HttpResponse<String> get(String module, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url(module) + path)).timeout(Duration.ofSeconds(10)).GET()
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String module, String path, String json) throws IOException, InterruptedException {
        return send(module, "POST", path, "application/json", json, null);
    }

    /** Any request; a null body sends none, a null token no Authorization header. */
    HttpResponse<String> send(String module, String method, String rawPath, String contentType, String body, String token)
            throws IOException, InterruptedException {
        // a whole BLS file's import takes seconds (more on a loaded machine); a hung answer still fails the test
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(module) + rawPath))
                .timeout(Duration.ofSeconds(body != null && body.length() > 100_000 ? 120 : 10))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() {
        processes.values().forEach(Process::destroy);
        for (Process p : processes.values()) {
            try {
                if (!p.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                p.destroyForcibly();
            }
        }
    }
}
