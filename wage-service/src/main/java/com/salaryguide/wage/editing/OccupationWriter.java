package com.salaryguide.wage.editing;

import java.math.BigDecimal;

import com.salaryguide.db.changes.Changes;
import com.salaryguide.oews.PlausibleWages;
import com.salaryguide.problem.ConflictException;
import com.salaryguide.problem.NotFoundException;
import com.salaryguide.wage.occupation.OccupationChanges;
import com.salaryguide.wage.occupation.SourceIds;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Hand writes of occupations and national figures; each write one transaction, guarded by the row's version, that
 * also announces the change to every instance (see {@link OccupationChanges}).
 */
@Repository
public class OccupationWriter {

    private final DatabaseClient db;
    private final TransactionalOperator transaction;
    private final Changes changes;

    public OccupationWriter(DatabaseClient db, TransactionalOperator transaction, Changes changes) {
        this.db = db;
        this.transaction = transaction;
        this.changes = changes;
    }

    /** The occupation's version after the write; a create (no version) of an existing code is a conflict. */
    public Mono<Long> saveOccupation(String soc, String title, Long version) {
        Mono<Long> write = version == null
                ? occupationVersion(soc).flatMap(current -> Mono.<Long>error(new ConflictException("Occupation " + soc
                        + " already exists (version " + current + "); send the version you read to rename it.")))
                        .switchIfEmpty(Mono.defer(() -> db.sql("INSERT INTO occupation (soc_code, title) VALUES (:soc, :title)")
                                .bind("soc", soc).bind("title", title).fetch().rowsUpdated().thenReturn(0L)))
                : db.sql("UPDATE occupation SET title = :title, version = version + 1 WHERE soc_code = :soc AND version = :version")
                        .bind("title", title).bind("soc", soc).bind("version", version).fetch().rowsUpdated()
                        .flatMap(updated -> updated == 1 ? Mono.just(version + 1)
                                : occupationVersion(soc).flatMap(current -> this.<Long>stale("Occupation " + soc, current, version))
                                        .switchIfEmpty(Mono.error(unknown(soc))));
        return transaction.transactional(write.flatMap(v -> changes.publish(OccupationChanges.OCCUPATION, soc).thenReturn(v)));
    }

    /** Deletes the occupation with all its figures and projections. */
    public Mono<Void> deleteOccupation(String soc, long version) {
        Mono<Void> write = db.sql("DELETE FROM occupation WHERE soc_code = :soc AND version = :version")
                .bind("soc", soc).bind("version", version).fetch().rowsUpdated()
                .flatMap(deleted -> deleted == 1 ? Mono.<Void>empty()
                        : occupationVersion(soc).flatMap(current -> this.<Void>stale("Occupation " + soc, current, version))
                                .switchIfEmpty(Mono.error(unknown(soc))));
        return transaction.transactional(write.then(changes.publish(OccupationChanges.OCCUPATION, soc)));
    }

    /**
     * Creates a year's figures (draft without version; 409 if they exist) or replaces them whole (draft with the
     * version read; 409 if they changed since): the distribution row and every percentile row in one transaction.
     * A percentile the draft leaves out is stored without figures, as an import stores BLS's "*", so ranks treat a
     * hand-edited distribution exactly as an imported one. Figures typed by hand are exact: a replaced year's
     * top-coded flags are cleared. True when created.
     */
    public Mono<Boolean> saveFigures(String soc, int year, NationalFiguresDraft d) {
        Mono<Boolean> head = d.version() == null
                ? figuresVersion(soc, year).flatMap(current -> Mono.<Boolean>error(new ConflictException("The " + year
                        + " figures of " + soc + " already exist (version " + current + "); send the version you read"
                        + " to change them.")))
                        .switchIfEmpty(Mono.defer(() -> bindHead(db.sql("""
                                        INSERT INTO national_wage (soc_code, data_year, employment, annual_mean, hourly_mean,
                                        source_ids) VALUES (:soc, :year, :employment, :annualMean, :hourlyMean, :sources)"""),
                                soc, year, d).fetch().rowsUpdated().thenReturn(true)))
                : bindHead(db.sql("""
                                UPDATE national_wage SET employment = :employment, annual_mean = :annualMean,
                                annual_mean_top_coded = FALSE, hourly_mean = :hourlyMean,
                                hourly_mean_top_coded = FALSE, source_ids = :sources, version = version + 1
                                WHERE soc_code = :soc AND data_year = :year AND version = :version"""), soc, year, d)
                        .bind("version", d.version()).fetch().rowsUpdated()
                        .flatMap(updated -> updated == 1 ? Mono.just(false)
                                : figuresVersion(soc, year).flatMap(current -> this.<Boolean>stale("The " + year
                                                + " figures of " + soc, current, d.version()))
                                        .switchIfEmpty(Mono.error(new NotFoundException("No " + year + " figures for "
                                                + soc + "."))));
        Mono<Boolean> write = occupationVersion(soc).switchIfEmpty(Mono.error(unknown(soc)))
                .then(head)
                .flatMap(created -> db.sql("DELETE FROM wage_percentile WHERE soc_code = :soc AND data_year = :year")
                        .bind("soc", soc).bind("year", year).fetch().rowsUpdated()
                        .thenMany(Flux.fromIterable(d.allPercentiles()).concatMap(p -> db.sql("""
                                        INSERT INTO wage_percentile (soc_code, data_year, percentile, annual, hourly)
                                        VALUES (:soc, :year, :percentile, :annual, :hourly)""")
                                .bind("soc", soc).bind("year", year).bind("percentile", p.percentile())
                                .bind("annual", Parameter.fromOrEmpty(p.annual(), Integer.class))
                                .bind("hourly", Parameter.fromOrEmpty(PlausibleWages.cents(p.hourly()), BigDecimal.class))
                                .fetch().rowsUpdated()))
                        .then(Mono.just(created)));
        return transaction.transactional(write.flatMap(created ->
                changes.publish(OccupationChanges.NATIONAL_FIGURES, soc).thenReturn(created)));
    }

    /** Deletes one year's figures (their percentiles go with them). */
    public Mono<Void> deleteFigures(String soc, int year, long version) {
        Mono<Void> write = db.sql("DELETE FROM national_wage WHERE soc_code = :soc AND data_year = :year AND version = :version")
                .bind("soc", soc).bind("year", year).bind("version", version).fetch().rowsUpdated()
                .flatMap(deleted -> deleted == 1 ? Mono.<Void>empty()
                        : figuresVersion(soc, year).flatMap(current -> this.<Void>stale("The " + year + " figures of "
                                        + soc, current, version))
                                .switchIfEmpty(Mono.error(new NotFoundException("No " + year + " figures for " + soc + "."))));
        return transaction.transactional(write.then(changes.publish(OccupationChanges.NATIONAL_FIGURES, soc)));
    }

    private Mono<Long> occupationVersion(String soc) {
        return db.sql("SELECT version FROM occupation WHERE soc_code = :soc").bind("soc", soc)
                .map(r -> ((Number) r.get("version")).longValue()).one();
    }

    private Mono<Long> figuresVersion(String soc, int year) {
        return db.sql("SELECT version FROM national_wage WHERE soc_code = :soc AND data_year = :year")
                .bind("soc", soc).bind("year", year).map(r -> ((Number) r.get("version")).longValue()).one();
    }

    private static DatabaseClient.GenericExecuteSpec bindHead(DatabaseClient.GenericExecuteSpec spec, String soc, int year,
                                                             NationalFiguresDraft d) {
        return spec.bind("soc", soc).bind("year", year)
                .bind("employment", Parameter.fromOrEmpty(d.employment(), Integer.class))
                .bind("annualMean", Parameter.fromOrEmpty(d.annualMean(), Integer.class))
                .bind("hourlyMean", Parameter.fromOrEmpty(PlausibleWages.cents(d.hourlyMean()), BigDecimal.class))
                .bind("sources", SourceIds.format(d.sources()));
    }

    private <T> Mono<T> stale(String what, long current, long sent) {
        return Mono.error(new ConflictException(what + " is at version " + current + ", not " + sent
                + ": it changed since you read it."));
    }

    private static NotFoundException unknown(String soc) {
        return new NotFoundException("No occupation with SOC code " + soc + ".");
    }
}
