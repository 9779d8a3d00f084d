package com.salaryguide.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.LoggingEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The access log's console appender: lines written together, in order, none lost until the queue is full. */
class BatchedConsoleAppenderTest {

    private final LoggerContext context = new LoggerContext();
    private final CountingStream console = new CountingStream();
    private final BatchedConsoleAppender appender = new BatchedConsoleAppender();

    @AfterEach
    void stop() {
        appender.stop();
    }

    private void start(int queueSize, long flushMillis) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%msg%n");
        encoder.start();
        appender.setContext(context);
        appender.setName("ACCESS_CONSOLE");
        appender.setEncoder(encoder);
        appender.setQueueSize(queueSize);
        appender.setFlushIntervalMillis(flushMillis);
        appender.setOutputStream(console);
        appender.start();
        assertThat(appender.isStarted()).isTrue();
    }

    private LoggingEvent event(String message) {
        return new LoggingEvent("test", context.getLogger("com.salaryguide.gateway.access"), Level.INFO, message,
                null, null);
    }

    @Test
    void writesLinesFromManyThreadsInFewWritesAndLosesNone() throws Exception {
        start(100_000, 50);
        int threads = 4, perThread = 5_000;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch done = new CountDownLatch(threads);
        for (int t = 0; t < threads; t++) {
            int thread = t;
            pool.execute(() -> {
                for (int i = 0; i < perThread; i++) {
                    appender.doAppend(event("t" + thread + " line " + i));
                }
                done.countDown();
            });
        }
        assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
        pool.shutdown();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (console.lines().size() < threads * perThread && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(console.lines()).hasSize(threads * perThread);
        // far fewer writes than lines: one per interval, not one per line
        assertThat(console.writes).isLessThan(threads * perThread / 10);
        // each thread's lines keep their order
        for (int t = 0; t < threads; t++) {
            String prefix = "t" + t + " ";
            List<String> own = console.lines().stream().filter(line -> line.startsWith(prefix)).toList();
            List<String> expected = new ArrayList<>();
            for (int i = 0; i < perThread; i++) {
                expected.add(prefix + "line " + i);
            }
            assertThat(own).isEqualTo(expected);
        }
    }

    @Test
    void dropsLinesBeyondTheQueueAndSaysHowMany() {
        start(10, 60_000);
        for (int i = 0; i < 15; i++) {
            appender.doAppend(event("line " + i));
        }
        appender.stop();
        List<String> lines = console.lines();
        assertThat(lines).hasSize(11).startsWith("line 0").contains("line 9").doesNotContain("line 10");
        assertThat(lines.get(10)).isEqualTo("[ACCESS_CONSOLE] 5 lines dropped: the console could not keep up");
    }

    @Test
    void writesWhatIsQueuedWhenStopped() {
        start(100, 60_000);
        appender.doAppend(event("last words"));
        assertThat(console.lines()).isEmpty();
        appender.stop();
        assertThat(console.lines()).containsExactly("last words");
    }

    /** A console that counts its writes. */
    static final class CountingStream extends ByteArrayOutputStream {
        volatile int writes;

        @Override
        public synchronized void write(byte[] b, int off, int len) {
            writes++;
            super.write(b, off, len);
        }

        synchronized List<String> lines() {
            String text = toString(StandardCharsets.UTF_8);
            return text.isEmpty() ? List.of() : List.of(text.split("\\R"));
        }
    }
}
