package com.salaryguide.geography.importing;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import com.salaryguide.oews.OewsTable;
import com.salaryguide.oews.OewsWages;
import com.salaryguide.problem.InvalidRequestException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.FluxSink;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Imports BLS OEWS state and metropolitan files in two streaming passes over the uploaded file: the first checks
 * every row (nothing is written if any is bad), the second writes in chunks inside one transaction, reading only
 * as fast as the database takes the rows. Memory stays bounded for a full all-areas file (~400k rows).
 */
@Service
public class AreaImportService {

    private static final Logger log = LoggerFactory.getLogger(AreaImportService.class);
    static final int CHUNK = 500;
    private static final long PROGRESS_EVERY = 50_000;

    private final AreaImportWriter writer;
    private final OewsProperties properties;

    public AreaImportService(AreaImportWriter writer, OewsProperties properties) {
        this.writer = writer;
        this.properties = properties;
    }

    /** What an import did; skipped rows are counted by reason. */
    public record Summary(int year, String format, long figureRows, int areasAdded, int metrosRenamed,
                          int states, int metros, long topCodedFigures, long rowsRead, Map<String, Long> skippedRows,
                          long durationMs) {
    }

    public Mono<Summary> importFile(Path file, OewsTable.Format format, int year, boolean includeGroups) {
        long started = System.nanoTime();
        OewsWages.TopCodes topCodes = new OewsWages.TopCodes(properties.annualTopCode(), properties.hourlyTopCode());
        return Mono.fromCallable(() -> check(file, format, topCodes, includeGroups))
                .subscribeOn(Schedulers.boundedElastic())
                .flatMap(check -> {
                    if (!check.problems().isEmpty()) {
                        return Mono.error(new InvalidRequestException(check.problems()));
                    }
                    log.info("OEWS {} area file checked: {} figure rows in {} ms", year, check.figureRows(),
                            Duration.ofNanos(System.nanoTime() - started).toMillis());
                    return writer.replaceYear(year, check, chunks(file, format, topCodes, includeGroups))
                            .map(w -> new Summary(year, format.name(), w.rows(), w.areasAdded(), w.metrosRenamed(),
                                    check.states().size(), check.metros().size(), check.topCodedFigures(),
                                    check.rowsRead(), check.skipped(),
                                    Duration.ofNanos(System.nanoTime() - started).toMillis()));
                })
                .doOnNext(summary -> log.info("Imported OEWS {} area file: {}", year, summary));
    }

    private static AreaFileCheck check(Path file, OewsTable.Format format, OewsWages.TopCodes topCodes,
                                       boolean includeGroups) throws Exception {
        AreaFileCheck check = new AreaFileCheck(topCodes, includeGroups);
        try (InputStream in = Files.newInputStream(file)) {
            OewsTable.read(in, format, check::header, line -> {
                check.row(line);
                if (check.rowsRead() % PROGRESS_EVERY == 0) {
                    log.info("OEWS area file check: {} rows read", check.rowsRead());
                }
            });
        } catch (RuntimeException ex) {
            throw new InvalidRequestException("file", "is not a readable " + format + " file");
        }
        return check;
    }

    /** The second pass: figure rows in chunks, produced only as the writer asks for them. */
    private static Flux<List<AreaFigureRow>> chunks(Path file, OewsTable.Format format, OewsWages.TopCodes topCodes,
                                                    boolean includeGroups) {
        return Flux.create(sink -> {
            Semaphore demand = new Semaphore(0);
            sink.onRequest(n -> demand.release((int) Math.min(n, Integer.MAX_VALUE / 2)));
            Schedulers.boundedElastic().schedule(() -> produce(file, format, topCodes, includeGroups, sink, demand));
        });
    }

    private static void produce(Path file, OewsTable.Format format, OewsWages.TopCodes topCodes, boolean includeGroups,
                                FluxSink<List<AreaFigureRow>> sink, Semaphore demand) {
        try (InputStream in = Files.newInputStream(file)) {
            List<List<AreaFigureRow>> pending = new ArrayList<>(List.of(new ArrayList<>(CHUNK)));
            OewsWages[] wages = new OewsWages[1];
            OewsTable.read(in, format,
                    header -> wages[0] = OewsWages.forHeader(new java.util.HashSet<>(header), topCodes, (c, m) -> { }),
                    line -> {
                        AreaFigureRow row = AreaFigureRow.read(line, wages[0], includeGroups, (c, m) -> { }).row();
                        if (row == null) {
                            return;
                        }
                        pending.get(0).add(row);
                        if (pending.get(0).size() == CHUNK) {
                            emit(sink, demand, pending.get(0));
                            pending.set(0, new ArrayList<>(CHUNK));
                        }
                    });
            if (!pending.get(0).isEmpty()) {
                emit(sink, demand, pending.get(0));
            }
            sink.complete();
        } catch (Cancelled cancelled) {
            // the write stopped (error or cancel): nothing more to read
        } catch (Exception ex) {
            sink.error(ex);
        }
    }

    private static void emit(FluxSink<List<AreaFigureRow>> sink, Semaphore demand, List<AreaFigureRow> chunk) {
        try {
            while (!demand.tryAcquire(100, TimeUnit.MILLISECONDS)) {
                if (sink.isCancelled()) {
                    throw new Cancelled();
                }
            }
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new Cancelled();
        }
        sink.next(chunk);
    }

    private static final class Cancelled extends RuntimeException {
        Cancelled() {
            super(null, null, false, false);
        }
    }
}
