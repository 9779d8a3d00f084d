package com.salaryguide.db.changes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.r2dbc.autoconfigure.R2dbcAutoConfiguration;
import org.springframework.boot.r2dbc.autoconfigure.R2dbcTransactionManagerAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;
import org.springframework.web.reactive.function.server.RouterFunction;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/** The change feed on the embedded H2 default: no LISTEN/NOTIFY, so a committed change reaches this process only. */
class ChangesOnEmbeddedDatabaseTest {

    private final ApplicationContextRunner process = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(R2dbcAutoConfiguration.class,
                    R2dbcTransactionManagerAutoConfiguration.class, ChangesAutoConfiguration.class))
            .withPropertyValues("spring.application.name=wage-service",
                    "spring.r2dbc.url=r2dbc:h2:mem:///changes;DB_CLOSE_DELAY=-1;MODE=PostgreSQL");

    @Test
    void deliversACommittedChangeToItsOwnProcessWhenTheTransactionCommits() {
        process.run(context -> {
            Changes changes = context.getBean(Changes.class);
            TransactionalOperator transaction = TransactionalOperator.create(context.getBean(ReactiveTransactionManager.class));
            List<Change> heard = new CopyOnWriteArrayList<>();
            Disposable listening = changes.stream().subscribe(heard::add);

            Mono<Void> write = changes.publish("occupation", "15-2051")
                    .then(Mono.fromRunnable(() -> assertThat(heard).as("not before the commit").isEmpty()));
            transaction.transactional(write).block(Duration.ofSeconds(5));

            assertThat(heard).containsExactly(new Change("wage-service", "occupation", "15-2051"));
            listening.dispose();
        });
    }

    @Test
    void tellsNothingOfAWriteThatRolledBack() {
        process.run(context -> {
            Changes changes = context.getBean(Changes.class);
            TransactionalOperator transaction = TransactionalOperator.create(context.getBean(ReactiveTransactionManager.class));
            List<Change> heard = new CopyOnWriteArrayList<>();
            Disposable listening = changes.stream().subscribe(heard::add);

            Mono<Void> failed = changes.publish("occupation", "15-2051")
                    .then(Mono.error(new IllegalStateException("the write failed after announcing")));
            StepVerifier.create(transaction.transactional(failed)).expectError(IllegalStateException.class).verify();
            changes.publish("occupation", null).block(Duration.ofSeconds(5));

            assertThat(heard).as("only the change published outside a transaction, at once")
                    .containsExactly(new Change("wage-service", "occupation", null));
            listening.dispose();
        });
    }

    @Test
    void completesEveryStreamWhenTheProcessStops() {
        process.run(context -> {
            Changes changes = context.getBean(Changes.class);
            StepVerifier.create(changes.stream())
                    .then(context::stop)
                    .expectComplete()
                    .verify(Duration.ofSeconds(5));
        });
    }

    @Test
    void servesTheChangesAsServerSentEventsOpeningWithACommentAndKeptAliveWhileQuiet() {
        new ReactiveWebApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(R2dbcAutoConfiguration.class, ChangesAutoConfiguration.class))
                .withPropertyValues("spring.application.name=advice-service",
                        "spring.r2dbc.url=r2dbc:h2:mem:///changes-events;DB_CLOSE_DELAY=-1",
                        "salaryguide.changes.keep-alive=200ms")
                .run(context -> {
                    assertThat(context).hasSingleBean(RouterFunction.class);
                    Changes changes = context.getBean(Changes.class);
                    ChangeEvents events = new ChangeEvents(changes, Duration.ofMillis(200));
                    StepVerifier.create(events.events())
                            .assertNext(opened -> assertThat(opened.comment()).isEqualTo("changes of advice-service"))
                            .then(() -> changes.publish("guide", "machine-learning-engineer").block())
                            .assertNext(event -> {
                                assertThat(event.event()).isEqualTo("change");
                                assertThat(event.data())
                                        .isEqualTo(new Change("advice-service", "guide", "machine-learning-engineer"));
                            })
                            .assertNext(quiet -> assertThat(quiet.comment()).isEqualTo("keep-alive"))
                            .then(context::stop)
                            .expectComplete()
                            .verify(Duration.ofSeconds(5));
                });
    }

    @Test
    void carriesAChangeAsTheDocumentedJsonWithANullKeyWrittenOut() {
        Change imported = new Change("wage-service", "occupation", null);
        assertThat(Changes.json(imported)).isEqualTo("{\"service\":\"wage-service\",\"kind\":\"occupation\",\"key\":null}");
        assertThat(Changes.parse(Changes.json(imported))).isEqualTo(imported);
    }
}
