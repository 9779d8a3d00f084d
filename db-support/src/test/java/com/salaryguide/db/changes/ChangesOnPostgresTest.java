package com.salaryguide.db.changes;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import com.salaryguide.testsupport.TestPostgres;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.r2dbc.autoconfigure.R2dbcAutoConfiguration;
import org.springframework.boot.r2dbc.autoconfigure.R2dbcTransactionManagerAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.Disposable;
import reactor.core.Disposables;
import reactor.core.publisher.Mono;

/**
 * Two processes of one service on one PostgreSQL database: a change committed by one reaches both through
 * LISTEN/NOTIFY, a rolled-back one reaches neither, and a listener whose connection is killed logs it once,
 * listens again and says that anything may have changed meanwhile.
 */
@ExtendWith(OutputCaptureExtension.class)
class ChangesOnPostgresTest {

    private static final Duration WITHIN = Duration.ofSeconds(1);

    private ApplicationContextRunner process(String service) {
        TestPostgres.Database db = TestPostgres.database();
        return new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(R2dbcAutoConfiguration.class,
                        R2dbcTransactionManagerAutoConfiguration.class, ChangesAutoConfiguration.class))
                .withPropertyValues("spring.application.name=" + service, "spring.r2dbc.url=" + db.r2dbcUrl(),
                        "spring.r2dbc.username=" + db.user(), "spring.r2dbc.password=" + db.password(),
                        "spring.r2dbc.pool.validation-query=SELECT 1",
                        "salaryguide.changes.reconnect-min-backoff=100ms",
                        "salaryguide.changes.reconnect-max-backoff=500ms");
    }

    @Test
    void aChangeCommittedByOneProcessReachesEveryProcessOfTheServiceAndARolledBackOneNone() {
        process("wage-service").run(a -> process("wage-service").run(b -> process("advice-service").run(other -> {
            List<Change> heardByA = new CopyOnWriteArrayList<>();
            List<Change> heardByB = new CopyOnWriteArrayList<>();
            List<Change> heardByOther = new CopyOnWriteArrayList<>();
            Disposable listening = Disposables.composite(a.getBean(Changes.class).stream().subscribe(heardByA::add),
                    b.getBean(Changes.class).stream().subscribe(heardByB::add),
                    other.getBean(Changes.class).stream().subscribe(heardByOther::add));
            TransactionalOperator transaction = TransactionalOperator.create(a.getBean(ReactiveTransactionManager.class));
            Changes changes = a.getBean(Changes.class);

            Mono<Void> rolledBack = changes.publish("occupation", "15-1111")
                    .then(Mono.error(new IllegalStateException("the write failed")));
            transaction.transactional(rolledBack).onErrorResume(IllegalStateException.class, e -> Mono.empty()).block();
            transaction.transactional(changes.publish("occupation", "15-2051")).block();

            Change committed = new Change("wage-service", "occupation", "15-2051");
            // a listener that had to connect twice (a busy database refusing a connection) also says "any" once
            // it listens; that is its own news, not another process's change, so it is left out here
            Awaitility.await().atMost(WITHIN).untilAsserted(() -> {
                assertThat(written(heardByB)).containsExactly(committed);
                assertThat(written(heardByA)).containsExactly(committed);
            });
            assertThat(written(heardByOther)).as("another service on the same database").isEmpty();
            listening.dispose();
        })));
    }

    @Test
    void listensAgainAfterItsConnectionIsKilledAndSaysAnythingMayHaveChanged(CapturedOutput output) {
        process("wage-service").run(a -> process("wage-service").run(b -> {
            List<Change> heardByB = new CopyOnWriteArrayList<>();
            Disposable listening = b.getBean(Changes.class).stream().subscribe(heardByB::add);

            terminateEveryOtherConnection();

            Awaitility.await().atMost(10, TimeUnit.SECONDS)
                    .untilAsserted(() -> assertThat(heardByB).contains(Change.any("wage-service")));
            Awaitility.await().atMost(10, TimeUnit.SECONDS).untilAsserted(() -> {
                a.getBean(Changes.class).publish("national-figures", "15-2051").block();
                assertThat(heardByB).contains(new Change("wage-service", "national-figures", "15-2051"));
            });
            assertThat(output.getOut().split("Not listening for changes: ", -1))
                    .as("one warning per process and outage, not one per try").hasSize(3);
            assertThat(output.getOut()).contains("Listening for changes again");
            listening.dispose();
        }));
    }

    private static List<Change> written(List<Change> heard) {
        return heard.stream().filter(c -> !"any".equals(c.kind())).toList();
    }

    /** What a database restart does to every process's connections. */
    private static void terminateEveryOtherConnection() throws Exception {
        try (Connection admin = TestPostgres.connect(); Statement st = admin.createStatement()) {
            st.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                    + " WHERE datname = current_database() AND pid <> pg_backend_pid()");
        }
    }
}
