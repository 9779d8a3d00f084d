package com.salaryguide.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.yaml.snakeyaml.Yaml;

/**
 * What one process reads, from its {@code src/main/resources/application.yml} and the main sources of the project
 * modules it is built from: its port, probe paths, shutdown timeout, and which environment variables it reads.
 *
 * <p>An environment variable counts as read when (the rule the manifests are held to):
 * <ol>
 * <li>application.yml names it in a placeholder, {@code ${NAME}} or {@code ${NAME:default}};</li>
 * <li>or it is, by Spring's relaxed binding, a property application.yml sets (upper case, dots to underscores, dashes
 * dropped or underscores: {@code SPRING_R2DBC_URL} for {@code spring.r2dbc.url});</li>
 * <li>or it is a component of a {@code @ConfigurationProperties} record, or lies beneath one
 * ({@code SALARYGUIDE_JWT_SECRET} for {@code @ConfigurationProperties("salaryguide")} with {@code jwtSecret});</li>
 * <li>or it is a property whose full name the sources spell out, e.g.
 * {@code @ConditionalOnProperty("spring.data.redis.host")} for {@code SPRING_DATA_REDIS_HOST};</li>
 * <li>or it is read by what runs the process rather than by Spring: {@link #READ_OUTSIDE_SPRING}.</li>
 * </ol>
 * Anything else, even a valid Spring property such as {@code SPRING_PROFILES_ACTIVE}, is a deliberate addition to
 * {@link #READ_OUTSIDE_SPRING} or to application.yml.
 */
final class ProcessConfiguration {

    /** The JVM reads JAVA_TOOL_OPTIONS, glibc reads MALLOC_ARENA_MAX (both set in the Dockerfiles). */
    static final Set<String> READ_OUTSIDE_SPRING = Set.of("JAVA_TOOL_OPTIONS", "MALLOC_ARENA_MAX");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z0-9_.-]+)(?::([^}]*))?}");
    private static final Pattern PROPERTIES_ANNOTATION =
            Pattern.compile("@ConfigurationProperties\\(\\s*(?:(?:value|prefix)\\s*=\\s*)?\"([^\"]+)\"\\s*\\)");
    private static final Pattern RECORD_HEADER =
            Pattern.compile("\\s*(?:(?:public|protected|private|static|final)\\s+)*record\\s+\\w+\\s*\\(");
    /** A string literal (kept: "http://..." is no comment) or a comment (dropped). */
    private static final Pattern COMMENT = Pattern.compile("\"(?:\\\\.|[^\"\\\\])*\"|/\\*.*?\\*/|//[^\\n]*",
            Pattern.DOTALL);
    private static final Pattern PROPERTY_NAME_LITERAL = Pattern.compile("\"([a-z][a-z0-9-]*(?:\\.[a-z0-9-]+)+)\"");

    private final String module;
    private final Map<String, Object> yaml;
    private final Set<String> placeholders = new LinkedHashSet<>();
    private final Set<String> propertyVariables = new LinkedHashSet<>();
    private final Set<String> recordComponentVariables = new LinkedHashSet<>();

    private ProcessConfiguration(String module, String applicationYml, List<String> sources) {
        this.module = module;
        Object loaded = new Yaml().load(applicationYml);
        @SuppressWarnings("unchecked")
        Map<String, Object> map = loaded instanceof Map<?, ?> ? (Map<String, Object>) loaded : Map.of();
        this.yaml = map;
        Matcher placeholder = PLACEHOLDER.matcher(applicationYml);
        while (placeholder.find()) {
            placeholders.add(placeholder.group(1));
        }
        collectLeafProperties("", yaml);
        for (String withComments : sources) {
            String source = COMMENT.matcher(withComments).replaceAll(
                    m -> m.group().startsWith("\"") ? java.util.regex.Matcher.quoteReplacement(m.group()) : "");
            collectPropertiesRecords(source);
            Matcher literal = PROPERTY_NAME_LITERAL.matcher(source);
            while (literal.find()) {
                propertyVariables.addAll(environmentNames(literal.group(1)));
            }
        }
    }

    static ProcessConfiguration of(Repository repository, String module) {
        List<String> sources = new ArrayList<>();
        for (String built : repository.buildClosure(module)) {
            Path main = repository.resolve(built + "/src/main/java");
            if (Files.isDirectory(main)) {
                try (Stream<Path> files = Files.walk(main)) {
                    files.filter(file -> file.toString().endsWith(".java")).forEach(file -> sources.add(read(file)));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return new ProcessConfiguration(module, repository.read(module + "/src/main/resources/application.yml"),
                sources);
    }

    String module() {
        return module;
    }

    /** {@code server.port}, with a placeholder resolved to its default; Spring's 8080 when unset. */
    int serverPort() {
        return property("server.port").map(ProcessConfiguration::withDefault).map(Integer::parseInt).orElse(8080);
    }

    /** The port the actuator answers on: {@code management.server.port}, else the server's. */
    int managementPort() {
        return property("management.server.port").map(ProcessConfiguration::withDefault).map(Integer::parseInt)
                .orElse(serverPort());
    }

    boolean healthProbesEnabled() {
        return property("management.endpoint.health.probes.enabled").map(ProcessConfiguration::withDefault)
                .map(Boolean::parseBoolean).orElse(false);
    }

    String livenessPath() {
        return actuatorBasePath() + "/health/liveness";
    }

    String readinessPath() {
        return actuatorBasePath() + "/health/readiness";
    }

    private String actuatorBasePath() {
        return property("management.endpoints.web.base-path").map(ProcessConfiguration::withDefault)
                .orElse("/actuator");
    }

    /** How long graceful shutdown may wait for in-flight requests; Spring's 30 s when unset. */
    Duration shutdownPhaseTimeout() {
        return property("spring.lifecycle.timeout-per-shutdown-phase").map(ProcessConfiguration::withDefault)
                .map(ProcessConfiguration::duration).orElse(Duration.ofSeconds(30));
    }

    boolean gracefulShutdown() {
        return property("server.shutdown").map(ProcessConfiguration::withDefault).map("graceful"::equals)
                .orElse(true);
    }

    /** Whether the process reads this environment variable, by the rule in the class comment. */
    boolean reads(String variable) {
        return READ_OUTSIDE_SPRING.contains(variable) || placeholders.contains(variable)
                || propertyVariables.contains(variable)
                || recordComponentVariables.stream()
                        .anyMatch(component -> variable.equals(component) || variable.startsWith(component + "_"));
    }

    Optional<String> property(String dotted) {
        Object node = yaml;
        for (String key : dotted.split("\\.")) {
            if (!(node instanceof Map<?, ?> map) || !map.containsKey(key)) {
                return Optional.empty();
            }
            node = map.get(key);
        }
        return node == null || node instanceof Map<?, ?> ? Optional.empty() : Optional.of(String.valueOf(node));
    }

    private void collectLeafProperties(String prefix, Map<?, ?> map) {
        map.forEach((key, value) -> {
            String path = prefix.isEmpty() ? String.valueOf(key) : prefix + "." + key;
            if (value instanceof Map<?, ?> child) {
                collectLeafProperties(path, child);
            } else {
                propertyVariables.addAll(environmentNames(path));
            }
        });
    }

    private void collectPropertiesRecords(String source) {
        Matcher annotation = PROPERTIES_ANNOTATION.matcher(source);
        while (annotation.find()) {
            Matcher header = RECORD_HEADER.matcher(source).region(annotation.end(), source.length());
            if (!header.lookingAt()) {
                throw new IllegalStateException("@ConfigurationProperties(\"" + annotation.group(1) + "\") in "
                        + module + "'s build is not on a record: extend ProcessConfiguration to read its properties");
            }
            for (String component : recordComponents(source, header.end())) {
                recordComponentVariables.addAll(environmentNames(annotation.group(1) + "." + kebab(component)));
            }
        }
    }

    /** The component names of a record header whose parameter list starts at {@code from}. */
    private static List<String> recordComponents(String source, int from) {
        List<String> components = new ArrayList<>();
        int depth = 0;
        StringBuilder parameter = new StringBuilder();
        for (int i = from; i < source.length(); i++) {
            char c = source.charAt(i);
            if (depth == 0 && (c == ',' || c == ')')) {
                String[] words = parameter.toString().trim().split("[^A-Za-z0-9_]+");
                if (words.length > 0 && !words[words.length - 1].isEmpty()) {
                    components.add(words[words.length - 1]);
                }
                parameter.setLength(0);
                if (c == ')') {
                    return components;
                }
                continue;
            }
            if (c == '(' || c == '<') {
                depth++;
            } else if (c == ')' || c == '>') {
                depth--;
            }
            if (depth == 0) {
                parameter.append(c);
            }
        }
        throw new IllegalStateException("unterminated record header");
    }

    /**
     * The environment variables Spring's relaxed binding reads a property from: dots to underscores, upper case, and
     * dashes either dropped ({@code SALARYGUIDE_RATELIMIT_CAPACITY}) or made underscores as well
     * ({@code SALARYGUIDE_RATE_LIMIT_CAPACITY}).
     */
    static Set<String> environmentNames(String property) {
        String underscored = property.replace(".", "_").toUpperCase(Locale.ROOT);
        return new LinkedHashSet<>(List.of(underscored.replace("-", ""), underscored.replace("-", "_")));
    }

    private static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    private static String withDefault(String value) {
        Matcher placeholder = PLACEHOLDER.matcher(value.trim());
        if (placeholder.matches()) {
            if (placeholder.group(2) == null) {
                throw new IllegalStateException(value + " has no default");
            }
            return placeholder.group(2);
        }
        return value.trim();
    }

    static Duration duration(String value) {
        Matcher matcher = Pattern.compile("(\\d+)(ms|s|m|h)?").matcher(value.trim());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("not a duration: " + value);
        }
        long amount = Long.parseLong(matcher.group(1));
        String unit = matcher.group(2) == null ? "ms" : matcher.group(2);
        return switch (unit) {
            case "ms" -> Duration.ofMillis(amount);
            case "s" -> Duration.ofSeconds(amount);
            case "m" -> Duration.ofMinutes(amount);
            default -> Duration.ofHours(amount);
        };
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
