package com.salaryguide.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * One fresh PostgreSQL database for the whole test JVM (one Maven module's test run).
 *
 * <p>With a Docker engine available, a Testcontainers PostgreSQL is started. Without one (these CI
 * machines), the server named by the libpq variables {@code PGHOST}, {@code PGPORT}, {@code PGUSER}
 * and {@code PGPASSWORD} is used (defaults 127.0.0.1, 5432, postgres, empty), and a database with a
 * unique name is created for this run and dropped when the JVM exits, so runs never see each other's
 * data. {@code SALARYGUIDE_TEST_DB=external} forces the external server even when Docker is present.
 */
public final class TestPostgres {

    private static final Logger log = LoggerFactory.getLogger(TestPostgres.class);
    private static final String PREFIX = "sg_test_";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    private static volatile Database database;
    private static final java.util.Map<String, Integer> ADDITIONAL = new java.util.HashMap<>();

    private TestPostgres() {
    }

    /** Registers spring.r2dbc.* and spring.flyway.* for the per-run database. */
    public static void register(DynamicPropertyRegistry registry) {
        Database db = database();
        registry.add("spring.r2dbc.url", db::r2dbcUrl);
        registry.add("spring.r2dbc.username", db::user);
        registry.add("spring.r2dbc.password", db::password);
        registry.add("spring.flyway.url", db::jdbcUrl);
        registry.add("spring.flyway.user", db::user);
        registry.add("spring.flyway.password", db::password);
    }

    /** A JDBC connection to the per-run database, for tests that inspect rows directly. */
    public static Connection connect() throws SQLException {
        Database db = database();
        return DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password());
    }

    /**
     * Another fresh database on the same server, named after this run's one plus {@code suffix}, for tests that
     * start several services each with its own database. Dropped when the JVM exits.
     */
    public static synchronized Database additionalDatabase(String suffix) {
        Database primary = database();
        // several systems in one test run (one per test class) each get their own: wage, wage2, ...
        int nth = ADDITIONAL.merge(suffix, 1, Integer::sum);
        String name = primary.name() + "_" + suffix + (nth > 1 ? nth : "");
        String adminUrl = "jdbc:postgresql://" + primary.hostPort() + "/postgres";
        try (Connection admin = DriverManager.getConnection(adminUrl, primary.user(), primary.password());
             Statement st = admin.createStatement()) {
            st.execute("CREATE DATABASE " + name);
        } catch (SQLException ex) {
            throw new IllegalStateException("Could not create test database " + name + ": " + ex.getMessage(), ex);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> drop(adminUrl, primary.user(), primary.password(), name)));
        return new Database(primary.hostPort(), name, primary.user(), primary.password());
    }

    public static synchronized Database database() {
        if (database == null) {
            database = dockerAvailable() ? startContainer() : createExternalDatabase();
        }
        return database;
    }

    private static boolean dockerAvailable() {
        if ("external".equalsIgnoreCase(System.getenv("SALARYGUIDE_TEST_DB"))) {
            return false;
        }
        // Ask Testcontainers only when an engine can plausibly be there; its probe is slow to fail.
        boolean hint = System.getenv("DOCKER_HOST") != null || Files.exists(Path.of("/var/run/docker.sock"))
                || Files.exists(Path.of(System.getProperty("user.home"), ".docker", "run", "docker.sock"))
                || Files.exists(Path.of(System.getProperty("user.home"), ".testcontainers.properties"));
        try {
            return hint && DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException ex) {
            return false;
        }
    }

    private static Database startContainer() {
        PostgreSQLContainer container = new PostgreSQLContainer("postgres:17-alpine");
        container.start();
        log.info("Tests use a Testcontainers PostgreSQL at {}", container.getJdbcUrl());
        String hostPort = container.getHost() + ":" + container.getFirstMappedPort();
        return new Database(hostPort, container.getDatabaseName(), container.getUsername(), container.getPassword());
    }

    private static Database createExternalDatabase() {
        String host = env("PGHOST", "127.0.0.1");
        String port = env("PGPORT", "5432");
        String user = env("PGUSER", "postgres");
        String password = env("PGPASSWORD", "");
        String hostPort = host + ":" + port;
        String name = PREFIX + LocalDateTime.now().format(STAMP) + "_"
                + UUID.randomUUID().toString().substring(0, 8);
        String adminUrl = "jdbc:postgresql://" + hostPort + "/postgres";
        try (Connection admin = DriverManager.getConnection(adminUrl, user, password);
             Statement st = admin.createStatement()) {
            dropStaleDatabases(st);
            st.execute("CREATE DATABASE " + name);
        } catch (SQLException ex) {
            throw new IllegalStateException("No Docker engine, and PostgreSQL at " + hostPort + " (PGHOST/PGPORT/PGUSER)"
                    + " could not create a test database: " + ex.getMessage(), ex);
        }
        log.info("Tests use database {} on {}", name, hostPort);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> drop(adminUrl, user, password, name)));
        return new Database(hostPort, name, user, password);
    }

    /** Databases left by runs that were killed before their shutdown hook: older than a day. */
    private static void dropStaleDatabases(Statement st) throws SQLException {
        String cutoff = LocalDateTime.now().minusDays(1).format(STAMP);
        List<String> stale = new ArrayList<>();
        try (ResultSet rs = st.executeQuery("SELECT datname FROM pg_database WHERE datname LIKE '" + PREFIX + "%'")) {
            while (rs.next()) {
                String n = rs.getString(1);
                String stamp = n.substring(PREFIX.length()).split("_")[0];
                if (stamp.length() == 14 && stamp.compareTo(cutoff) < 0) {
                    stale.add(n);
                }
            }
        }
        for (String n : stale) {
            st.execute("DROP DATABASE IF EXISTS " + n + " WITH (FORCE)");
        }
    }

    private static void drop(String adminUrl, String user, String password, String name) {
        try (Connection admin = DriverManager.getConnection(adminUrl, user, password);
             Statement st = admin.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (SQLException ex) {
            System.err.println("Could not drop test database " + name + ": " + ex.getMessage());
        }
    }

    private static String env(String key, String fallback) {
        String v = System.getenv(key);
        return v == null || v.isBlank() ? fallback : v;
    }

    /** Where the per-run database lives. */
    public record Database(String hostPort, String name, String user, String password) {
        public String jdbcUrl() {
            return "jdbc:postgresql://" + hostPort + "/" + name;
        }

        public String r2dbcUrl() {
            return "r2dbc:postgresql://" + hostPort + "/" + name;
        }

        /** The standard Spring variables that point a service at this database. */
        public java.util.Map<String, String> springEnvironment() {
            return java.util.Map.of("SPRING_R2DBC_URL", r2dbcUrl(), "SPRING_R2DBC_USERNAME", user,
                    "SPRING_R2DBC_PASSWORD", password, "SPRING_FLYWAY_URL", jdbcUrl(), "SPRING_FLYWAY_USER", user,
                    "SPRING_FLYWAY_PASSWORD", password);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%s/%s as %s", hostPort, name, user);
        }
    }
}
