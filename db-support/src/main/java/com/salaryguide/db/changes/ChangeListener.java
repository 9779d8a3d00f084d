package com.salaryguide.db.changes;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import io.r2dbc.postgresql.PostgresqlConnectionFactory;
import io.r2dbc.postgresql.api.Notification;
import io.r2dbc.postgresql.api.PostgresqlConnection;
import io.r2dbc.postgresql.api.PostgresqlResult;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.Wrapped;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.util.retry.Retry;

/**
 * LISTENs on {@value Changes#CHANNEL} over one connection of its own, made by the PostgreSQL driver beside the
 * service's pool (a pooled connection would be validated, recycled and counted against the pool), and hands each
 * change of this service to {@link Changes}.
 *
 * <p>The connection is checked with a query every {@code keepAlive}. When it drops, fails that check or ends, the
 * loss is logged once at WARN and listening is tried again with growing waits ({@code reconnectMinBackoff} to
 * {@code reconnectMaxBackoff}, debug-logged per try) until it works. Notifications sent meanwhile are lost, so each
 * time it starts listening it delivers {@link Change#any}: whatever this process or its event streams' clients
 * derived from the database is dropped.
 */
final class ChangeListener {

    private static final Logger log = LoggerFactory.getLogger(ChangeListener.class);

    private final ConnectionFactory driver;
    private final String service;
    private final ChangesProperties properties;
    private final Consumer<Change> deliver;
    private final AtomicBoolean lost = new AtomicBoolean();
    private final Sinks.One<Integer> listening = Sinks.one();
    private volatile long lostSince;
    private volatile Disposable subscription;

    ChangeListener(ConnectionFactory driver, String service, ChangesProperties properties, Consumer<Change> deliver) {
        this.driver = driver;
        this.service = service;
        this.properties = properties;
        this.deliver = deliver;
    }

    /** PostgreSQL's own connection factory behind the pool (or any other wrapper); empty for another database. */
    static Optional<ConnectionFactory> driverFactory(ConnectionFactory factory) {
        Object current = factory;
        while (current != null) {
            if (current instanceof PostgresqlConnectionFactory postgres) {
                return Optional.of(postgres);
            }
            Object inner = current instanceof Wrapped<?> wrapped ? wrapped.unwrap() : null;
            current = inner == current ? null : inner;
        }
        return Optional.empty();
    }

    /** Starts listening, waiting up to {@code startWait} for the first LISTEN (then going on trying in the background). */
    void start() {
        subscription = Flux.defer(this::listenOnce)
                .retryWhen(Retry.backoff(Long.MAX_VALUE, properties.reconnectMinBackoff())
                        .maxBackoff(properties.reconnectMaxBackoff())
                        .transientErrors(true)
                        .doBeforeRetry(retry -> log.debug("Not listening for changes yet (try {}): {}",
                                retry.totalRetriesInARow() + 1, retry.failure().toString())))
                .subscribe(deliver, error -> log.error("Stopped listening for changes", error));
        Integer pid = listening.asMono().timeout(properties.startWait()).onErrorResume(e -> Mono.empty()).block();
        if (pid == null) {
            log.warn("Not listening for changes after {}; starting anyway, still trying. Until it listens, this"
                    + " instance sees other instances' writes only after its cache TTL", properties.startWait());
        }
    }

    void stop() {
        Disposable current = subscription;
        if (current != null) {
            current.dispose();
        }
    }

    /** One connection's life: LISTEN, then its notifications until it fails or ends (both errors, to retry). */
    private Flux<Change> listenOnce() {
        return Flux.usingWhen(Mono.from(driver.create()).cast(PostgresqlConnection.class),
                        this::listen, PostgresqlConnection::close, (connection, error) -> connection.close(),
                        PostgresqlConnection::close)
                .doOnError(this::lost);
    }

    private Flux<Change> listen(PostgresqlConnection connection) {
        // subscribed to before LISTEN runs, so nothing notified after LISTEN can slip past
        Flux<Change> heard = connection.getNotifications()
                .filter(n -> Changes.CHANNEL.equals(n.getName()))
                .concatMap(n -> Mono.justOrEmpty(change(n)))
                .concatWith(Flux.error(() -> new IllegalStateException("the listening connection closed")));
        Mono<Change> started = execute(connection, "LISTEN " + Changes.CHANNEL)
                .then(Flux.from(connection.createStatement("SELECT pg_backend_pid() AS pid").execute())
                        .concatMap(result -> result.map((row, meta) -> row.get("pid", Integer.class))).next())
                .map(pid -> {
                    listening(pid);
                    return Change.any(service);
                });
        Flux<Change> checks = Flux.interval(properties.keepAlive())
                .concatMap(tick -> execute(connection, "SELECT 1").timeout(properties.keepAlive()))
                .thenMany(Flux.empty());
        return Flux.merge(heard, started, checks);
    }

    private static Mono<Void> execute(PostgresqlConnection connection, String sql) {
        return Flux.from(connection.createStatement(sql).execute()).concatMap(PostgresqlResult::getRowsUpdated).then();
    }

    private Optional<Change> change(Notification notification) {
        try {
            Change change = Changes.parse(notification.getParameter());
            if (!service.equals(change.service())) {
                log.debug("Ignored a change of another service on this database: {}", change);
                return Optional.empty();
            }
            return Optional.of(change);
        } catch (RuntimeException unreadable) {
            log.warn("Ignored an unreadable notification on {}: {}", Changes.CHANNEL, notification.getParameter());
            return Optional.empty();
        }
    }

    private void listening(int pid) {
        if (lost.getAndSet(false)) {
            log.info("Listening for changes again (database connection pid {}) after {} s without; dropping what"
                    + " was derived meanwhile", pid, Duration.ofNanos(System.nanoTime() - lostSince).toSeconds());
        } else {
            log.info("Listening for changes on {} (database connection pid {})", Changes.CHANNEL, pid);
        }
        listening.tryEmitValue(pid);
    }

    private void lost(Throwable error) {
        if (!lost.getAndSet(true)) {
            lostSince = System.nanoTime();
            log.warn("Not listening for changes: {}. Trying again with backoff; meanwhile other instances' writes"
                    + " reach this one only after its cache TTL", error.toString());
        }
    }
}
