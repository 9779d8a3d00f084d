package com.salaryguide.db.changes;

import java.util.function.Consumer;
import java.util.function.Function;

import io.r2dbc.spi.ConnectionFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.NoTransactionException;
import org.springframework.transaction.reactive.TransactionSynchronization;
import org.springframework.transaction.reactive.TransactionSynchronizationManager;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import tools.jackson.databind.json.JsonMapper;

/**
 * The writes of every instance of this service, as a stream of {@link Change}s, and the way to announce one.
 *
 * <p>On PostgreSQL, {@link #publish} runs {@code SELECT pg_notify('salaryguide_changes', '<json>')} on the caller's
 * connection, so inside a write's transaction the notification goes out when it commits and never when it rolls
 * back; every instance on the same database hears it through its {@link ChangeListener} (its own included), within
 * milliseconds. On the embedded H2 (no LISTEN/NOTIFY, and a database only this process can reach) the change is
 * handed to this process's own stream when the transaction commits.
 *
 * <p>Subscribers get the changes that arrive while subscribed; nothing is replayed. A subscriber that falls more
 * than {@value #BUFFERED} changes behind gets an error instead of a gap, so it can start again from a clean slate.
 * On shutdown every stream completes (before the web server's graceful shutdown, which would otherwise wait for
 * the open event streams until its timeout).
 */
public class Changes implements SmartLifecycle {

    public static final String CHANNEL = "salaryguide_changes";
    static final int BUFFERED = 1024;

    private static final Logger log = LoggerFactory.getLogger(Changes.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String service;
    private final DatabaseClient notify;
    private final ChangeListener listener;
    private final Sinks.Many<Change> changes = Sinks.many().multicast().directBestEffort();
    private final Sinks.Empty<Void> closed = Sinks.empty();
    private volatile boolean running;

    private Changes(String service, DatabaseClient notify, Function<Consumer<Change>, ChangeListener> listener) {
        this.service = service;
        this.notify = notify;
        this.listener = listener == null ? null : listener.apply(this::deliver);
    }

    /** Changes of this process only (a database without LISTEN/NOTIFY). */
    public static Changes local(String service) {
        return new Changes(service, null, null);
    }

    /**
     * Changes of every instance on the PostgreSQL database behind {@code pool}: notified on the pool's (the
     * writes') connections, heard on one connection that {@code driver} makes.
     */
    static Changes postgres(String service, ConnectionFactory pool, ConnectionFactory driver,
                            ChangesProperties properties) {
        return new Changes(service, DatabaseClient.create(pool),
                deliver -> new ChangeListener(driver, service, properties, deliver));
    }

    public String service() {
        return service;
    }

    /**
     * Announces that {@code kind} {@code key} (null: all of that kind) changed; compose it into the write's
     * transaction, after the write, so it is told if and when the write commits.
     */
    public Mono<Void> publish(String kind, String key) {
        Change change = new Change(service, kind, key);
        if (notify != null) {
            return notify.sql("SELECT pg_notify(:channel, :payload)")
                    .bind("channel", CHANNEL).bind("payload", json(change)).then();
        }
        return TransactionSynchronizationManager.forCurrentTransaction()
                .flatMap(transaction -> {
                    if (!transaction.isSynchronizationActive()) {
                        return Mono.fromRunnable(() -> deliver(change));
                    }
                    transaction.registerSynchronization(new TransactionSynchronization() {
                        @Override
                        public Mono<Void> afterCommit() {
                            return Mono.fromRunnable(() -> deliver(change));
                        }
                    });
                    return Mono.<Void>empty();
                })
                .onErrorResume(NoTransactionException.class, outside -> Mono.fromRunnable(() -> deliver(change)));
    }

    /** Every instance's changes from now on (see the class comment for slow subscribers and shutdown). */
    public Flux<Change> stream() {
        return changes.asFlux().onBackpressureBuffer(BUFFERED);
    }

    /** Completes when the process shuts down. */
    public Mono<Void> closed() {
        return closed.asMono();
    }

    /** Hands a change to this process's subscribers; serialized, as changes come from the listener and from local commits. */
    synchronized void deliver(Change change) {
        log.debug("Change: {}", change);
        changes.tryEmitNext(change);
    }

    static String json(Change change) {
        return JSON.writeValueAsString(change);
    }

    static Change parse(String json) {
        return JSON.readValue(json, Change.class);
    }

    @Override
    public void start() {
        running = true;
        if (listener != null) {
            listener.start();
        }
    }

    @Override
    public void stop() {
        running = false;
        if (listener != null) {
            listener.stop();
        }
        closed.tryEmitEmpty();
        synchronized (this) {
            changes.tryEmitComplete();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /**
     * Starts after the web server and stops just after web-support's ShutdownDrain (while the server still serves),
     * before the graceful shutdown that waits for open requests: an event stream never ends on its own.
     */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 1;
    }
}
