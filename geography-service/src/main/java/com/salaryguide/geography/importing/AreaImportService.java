package com.salaryguide.geography.importing;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.salaryguide.geography.area.AreaType;
import com.salaryguide.oews.OewsTable;
import com.salaryguide.oews.OewsWages;
import com.salaryguide.problem.InvalidRequestException;
import io.swagger.v3.oas.annotations.media.Schema;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Imports BLS OEWS area files in two streaming passes over the uploaded file: the first checks every row (nothing
 * is written if any is bad), the second writes in chunks inside one transaction, reading only as fast as the
 * database takes the rows. Memory stays bounded for a full all-areas file (~400k rows).
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
    @Schema(name = "AreaImportSummary", description = "What an import did.")
    public record Summary(@Schema(example = "2024") int year,
                          @Schema(example = "XLSX", allowableValues = {"CSV", "XLSX"}) String format,
                          @Schema(example = "138420", description = "figure rows written") long figureRows,
                          @Schema(example = "3") int areasAdded,
                          @Schema(example = "12", description = "areas renamed or re-typed as the file names them")
                          int areasRenamed,
                          @Schema(example = "0", description = "states in the file") int states,
                          @Schema(example = "0") int territories,
                          @Schema(example = "393") int metros,
                          @Schema(example = "140") int nonmetros,
                          @Schema(example = "2210") long topCodedFigures,
                          @Schema(example = "141350") long rowsRead,
                          @Schema(description = "rows left out, counted by reason") Map<String, Long> skippedRows,
                          @Schema(example = "21400") long durationMs) {
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
                            .map(w -> new Summary(year, format.name(), w.rows(), w.areasAdded(), w.areasRenamed(),
                                    check.areaCount(AreaType.STATE), check.areaCount(AreaType.TERRITORY),
                                    check.areaCount(AreaType.METRO), check.areaCount(AreaType.NONMETRO),
                                    check.topCodedFigures(), check.rowsRead(), check.skipped(),
                                    Duration.ofNanos(System.nanoTime() - started).toMillis()));
                })
                .doOnNext(summary -> log.info("Imported OEWS {} area file: {}", year, summary));
    }

    private static AreaFileCheck check(Path file, OewsTable.Format format, OewsWages.TopCodes topCodes,
                                       boolean includeGroups) {
        AreaFileCheck check = new AreaFileCheck(topCodes, includeGroups);
        try (OewsTable.Rows rows = OewsTable.open(file, format)) {
            check.header(rows.header());
            rows.lines().forEach(line -> {
                check.row(line);
                if (check.rowsRead() % PROGRESS_EVERY == 0) {
                    log.info("OEWS area file check: {} rows read", check.rowsRead());
                }
            });
        } catch (Exception ex) {
            throw new InvalidRequestException("file", "is not a readable " + format + " file");
        }
        return check;
    }

    /**
     * The second pass: figure rows in chunks, read from the file only as the writer asks for them (and on a thread
     * that may block, never the database driver's), the file closed however the write ends.
     */
    private static Flux<List<AreaFigureRow>> chunks(Path file, OewsTable.Format format, OewsWages.TopCodes topCodes,
                                                    boolean includeGroups) {
        return Flux.using(() -> OewsTable.open(file, format),
                        rows -> {
                            OewsWages wages = OewsWages.forHeader(new HashSet<>(rows.header()), topCodes, (c, m) -> { });
                            return Flux.fromStream(rows.lines()
                                    .map(line -> AreaFigureRow.read(line, wages, includeGroups, (c, m) -> { }).row())
                                    .filter(Objects::nonNull));
                        },
                        OewsTable.Rows::close)
                .buffer(CHUNK)
                .subscribeOn(Schedulers.boundedElastic());
    }
}
