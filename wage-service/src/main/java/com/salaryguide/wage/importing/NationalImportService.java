package com.salaryguide.wage.importing;

import com.salaryguide.oews.OewsWages;

import com.salaryguide.oews.OewsTable;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.salaryguide.problem.InvalidRequestException;
import io.swagger.v3.oas.annotations.media.Schema;
import com.salaryguide.wage.occupation.OccupationService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/**
 * Imports a BLS OEWS national file: parsed and checked whole first (off the event loop), written in one
 * transaction only if every row is good, so a bad file changes nothing.
 */
@Service
public class NationalImportService {

    private static final Logger log = LoggerFactory.getLogger(NationalImportService.class);
    private static final long PROGRESS_EVERY = 50_000;

    private final NationalImportWriter writer;
    private final OccupationService occupations;
    private final OewsProperties properties;
    private final CitedFiguresCheck citedFigures;

    public NationalImportService(NationalImportWriter writer, OccupationService occupations, OewsProperties properties,
                                 CitedFiguresCheck citedFigures) {
        this.writer = writer;
        this.occupations = occupations;
        this.properties = properties;
        this.citedFigures = citedFigures;
    }

    /** What an import did; skipped rows are counted by reason. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "NationalImportSummary", description = "What an import did.")
    public record Summary(
            @Schema(requiredMode = REQUIRED, description = "The release (data) year imported.", example = "2024")
            int year,
            @Schema(requiredMode = REQUIRED, description = "The file's format.", allowableValues = {"CSV", "XLSX"},
                    example = "CSV") String format,
            @Schema(requiredMode = REQUIRED, description = "Occupations with figures for the year now.",
                    example = "830") int occupations,
            @Schema(requiredMode = REQUIRED, description = "Occupations the file added.", example = "4")
            int occupationsAdded,
            @Schema(requiredMode = REQUIRED, description = "Occupations whose title the file changed.", example = "0")
            int occupationsRenamed,
            @Schema(requiredMode = REQUIRED, description = "Percentile rows written.", example = "4150")
            int percentileRows,
            @Schema(requiredMode = REQUIRED, description = "Percentile figures BLS top-coded ('#').", example = "4")
            long topCodedFigures,
            @Schema(requiredMode = REQUIRED, description = "Data rows read from the file.", example = "1400")
            long rowsRead,
            @Schema(requiredMode = REQUIRED, description = "Rows not imported, counted by reason ({} when none).",
                    example = "{\"occupation group 'major' (only detailed occupations are imported by default)\": 22}")
            Map<String, Long> skippedRows,
            @Schema(requiredMode = REQUIRED, description = "How long the import took, in milliseconds.",
                    example = "767") long durationMs) {
    }

    /**
     * With {@code replaceCitedOccupations} false, a file that would remove figures a published guide cites is
     * refused (see {@link CitedFiguresCheck}).
     */
    public Mono<Summary> importFile(Path file, OewsTable.Format format, int year, boolean includeGroups,
                                    boolean replaceCitedOccupations) {
        long started = System.nanoTime();
        return Mono.fromCallable(() -> parse(file, format, includeGroups))
                .subscribeOn(Schedulers.boundedElastic())
                .flatMap(dataset -> {
                    if (!dataset.problems().isEmpty()) {
                        return Mono.error(new InvalidRequestException(dataset.problems()));
                    }
                    long parsedMs = Duration.ofNanos(System.nanoTime() - started).toMillis();
                    log.info("OEWS {} file parsed and checked in {} ms: {} occupations", year, parsedMs,
                            dataset.occupations().size());
                    long topCoded = dataset.occupations().stream().flatMap(o -> o.percentiles().stream())
                            .mapToLong(OewsWages.Percentile::topCodedFigures).sum();
                    Mono<Void> allowed = replaceCitedOccupations ? Mono.empty() : citedFigures.check(year,
                            dataset.occupations().stream().map(NationalDataset.Occupation::socCode)
                                    .collect(Collectors.toSet()));
                    return allowed.then(Mono.defer(() -> writer.replaceYear(year, dataset.occupations())))
                            .map(w -> new Summary(year, format.name(), dataset.occupations().size(), w.added(),
                                    w.renamed(), w.percentiles(), topCoded, dataset.rowsRead(), dataset.skipped(),
                                    Duration.ofNanos(System.nanoTime() - started).toMillis()));
                })
                .doOnNext(summary -> {
                    occupations.forgetCachedFigures();
                    log.info("Imported OEWS {} national file: {}", year, summary);
                });
    }

    private NationalDataset parse(Path file, OewsTable.Format format, boolean includeGroups) throws Exception {
        NationalDataset dataset = new NationalDataset(
                new OewsWages.TopCodes(properties.annualTopCode(), properties.hourlyTopCode()), includeGroups);
        try (InputStream in = Files.newInputStream(file)) {
            OewsTable.read(in, format, dataset::header, line -> {
                dataset.row(line);
                if (dataset.rowsRead() % PROGRESS_EVERY == 0) {
                    log.info("OEWS import: {} rows read", dataset.rowsRead());
                }
            });
        } catch (RuntimeException ex) {
            if (ex instanceof InvalidRequestException) {
                throw ex;
            }
            throw new InvalidRequestException("file", "is not a readable " + format + " file");
        }
        return dataset;
    }
}
