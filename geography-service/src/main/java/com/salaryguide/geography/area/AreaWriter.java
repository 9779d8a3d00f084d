package com.salaryguide.geography.area;

import java.math.BigDecimal;

import com.salaryguide.db.changes.Changes;
import com.salaryguide.oews.PlausibleWages;
import com.salaryguide.problem.ConflictException;
import com.salaryguide.problem.InvalidRequestException;
import com.salaryguide.problem.NotFoundException;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * Writes of areas and area wages; each write one transaction, guarded by the row's version, that also announces
 * the change to every instance and, through their change streams, to the gateway's caches (db-support Changes):
 * kind {@link #AREA} for a metro created or renamed, {@link #AREA_FIGURES} for an area's figures, keyed by area code.
 */
@Repository
public class AreaWriter {

    public static final String AREA = "area";
    public static final String AREA_FIGURES = "area-figures";

    private static final int[] PERCENTILES = {10, 25, 50, 75, 90};

    private final DatabaseClient db;
    private final TransactionalOperator transaction;
    private final Changes changes;

    public AreaWriter(DatabaseClient db, TransactionalOperator transaction, Changes changes) {
        this.db = db;
        this.transaction = transaction;
        this.changes = changes;
    }

    /**
     * Creates or renames a metropolitan area; true when created. A name used by another metro is a conflict. A null
     * {@code state} keeps the metro's state (a rename that does not name one).
     */
    public Mono<Boolean> saveMetro(String code, String name, String state) {
        Mono<Boolean> write = db.sql("SELECT code FROM area WHERE area_type = 'metro' AND LOWER(name) = LOWER(:name) AND code <> :code")
                .bind("name", name).bind("code", code).map(r -> r.get("code", String.class)).one()
                .flatMap(other -> Mono.<Boolean>error(new ConflictException("Metro area " + other + " already has the name " + name + ".")))
                .switchIfEmpty(Mono.defer(() -> db.sql("""
                                UPDATE area SET name = :name, state = COALESCE(:state, state)
                                WHERE code = :code AND area_type = 'metro'""")
                        .bind("name", name).bind("state", Parameter.fromOrEmpty(state, String.class)).bind("code", code)
                        .fetch().rowsUpdated()
                        .flatMap(updated -> updated == 1 ? Mono.just(false) : insertMetro(code, name, state))));
        return transaction.transactional(write.flatMap(created -> changes.publish(AREA, code).thenReturn(created)));
    }

    private Mono<Boolean> insertMetro(String code, String name, String state) {
        if (state == null) {
            return Mono.error(new InvalidRequestException("state", "is required for a new metro area whose name"
                    + " does not end with its state code (like ', OH')"));
        }
        return db.sql("SELECT area_type FROM area WHERE code = :code").bind("code", code)
                .map(r -> r.get("area_type", String.class)).one()
                .flatMap(type -> Mono.<Boolean>error(new ConflictException("Code " + code + " is a " + type
                        + " area, not a metro area.")))
                .switchIfEmpty(Mono.defer(() -> db.sql("""
                                INSERT INTO area (code, area_type, name, state) VALUES (:code, 'metro', :name, :state)""")
                        .bind("code", code).bind("name", name).bind("state", state).fetch().rowsUpdated()
                        .thenReturn(true)));
    }

    /**
     * Creates the figure (draft without version; 409 if one exists) or updates it (draft with the version read;
     * 409 if it changed since). Returns true when created.
     */
    public Mono<Boolean> saveWage(String areaCode, String occupation, AreaWageDraft w) {
        Mono<Boolean> write = w.version() == null
                ? exists(areaCode, occupation, w.dataYear()).flatMap(found -> found
                        ? Mono.error(new ConflictException("A " + w.dataYear() + " figure for " + occupation + " in " + areaCode
                                + " already exists; send the version you read to change it."))
                        : insert(areaCode, occupation, w).thenReturn(true))
                : update(areaCode, occupation, w).flatMap(updated -> updated == 1 ? Mono.just(false)
                        : stale(areaCode, occupation, w.dataYear(), w.version()));
        return transaction.transactional(write.flatMap(created ->
                changes.publish(AREA_FIGURES, areaCode).thenReturn(created)));
    }

    public Mono<Void> deleteWage(String areaCode, String occupation, int dataYear, long version) {
        Mono<Void> write = db.sql("""
                        DELETE FROM area_wage WHERE area_code = :area AND occupation = :occ AND data_year = :year
                        AND version = :version""")
                .bind("area", areaCode).bind("occ", occupation).bind("year", dataYear).bind("version", version)
                .fetch().rowsUpdated()
                .flatMap(deleted -> deleted == 1 ? Mono.<Void>empty() : stale(areaCode, occupation, dataYear, version).then());
        return transaction.transactional(write.then(changes.publish(AREA_FIGURES, areaCode)));
    }

    private Mono<Boolean> exists(String areaCode, String occupation, int year) {
        return db.sql("SELECT COUNT(*) AS n FROM area_wage WHERE area_code = :area AND occupation = :occ AND data_year = :year")
                .bind("area", areaCode).bind("occ", occupation).bind("year", year)
                .map(r -> ((Number) r.get("n")).longValue() > 0).one();
    }

    private <T> Mono<T> stale(String areaCode, String occupation, int year, long version) {
        return db.sql("SELECT version FROM area_wage WHERE area_code = :area AND occupation = :occ AND data_year = :year")
                .bind("area", areaCode).bind("occ", occupation).bind("year", year)
                .map(r -> ((Number) r.get("version")).longValue()).one()
                .flatMap(current -> Mono.<T>error(new ConflictException("The figure is at version " + current + ", not "
                        + version + ": it changed since you read it.")))
                .switchIfEmpty(Mono.error(new NotFoundException("No " + year + " figure for " + occupation + " in "
                        + areaCode + ".")));
    }

    private Mono<Void> insert(String areaCode, String occupation, AreaWageDraft w) {
        StringBuilder columns = new StringBuilder("occupation, area_code, data_year, employment, annual_mean, hourly_mean, source_id");
        StringBuilder values = new StringBuilder(":occ, :area, :year, :employment, :annualMean, :hourlyMean, :sourceId");
        for (int p : PERCENTILES) {
            columns.append(", annual_p").append(p).append(", hourly_p").append(p);
            values.append(", :annualP").append(p).append(", :hourlyP").append(p);
        }
        DatabaseClient.GenericExecuteSpec spec = db.sql("INSERT INTO area_wage (" + columns + ") VALUES (" + values + ")");
        return bindFigures(spec, areaCode, occupation, w).fetch().rowsUpdated().then();
    }

    private Mono<Long> update(String areaCode, String occupation, AreaWageDraft w) {
        // figures typed by hand are exact: no flag of an import's top-coded figure survives an edit
        StringBuilder set = new StringBuilder("employment = :employment, annual_mean = :annualMean, hourly_mean = :hourlyMean,"
                + " source_id = :sourceId, version = version + 1, annual_mean_top = FALSE, hourly_mean_top = FALSE");
        for (int p : PERCENTILES) {
            set.append(", annual_p").append(p).append(" = :annualP").append(p)
                    .append(", hourly_p").append(p).append(" = :hourlyP").append(p)
                    .append(", annual_p").append(p).append("_top = FALSE, hourly_p").append(p).append("_top = FALSE");
        }
        DatabaseClient.GenericExecuteSpec spec = db.sql("UPDATE area_wage SET " + set
                + " WHERE area_code = :area AND occupation = :occ AND data_year = :year AND version = :version");
        return bindFigures(spec, areaCode, occupation, w).bind("version", w.version()).fetch().rowsUpdated();
    }

    private static DatabaseClient.GenericExecuteSpec bindFigures(DatabaseClient.GenericExecuteSpec spec, String areaCode,
                                                                 String occupation, AreaWageDraft w) {
        spec = spec.bind("occ", occupation).bind("area", areaCode).bind("year", w.dataYear())
                .bind("employment", Parameter.fromOrEmpty(w.employment(), Integer.class))
                .bind("annualMean", Parameter.fromOrEmpty(w.annualMeanWage(), Integer.class))
                .bind("hourlyMean", Parameter.fromOrEmpty(PlausibleWages.cents(w.hourlyMeanWage()), BigDecimal.class))
                .bind("sourceId", Parameter.fromOrEmpty(w.sourceId(), Integer.class));
        for (int p : PERCENTILES) {
            spec = spec.bind("annualP" + p, Parameter.fromOrEmpty(w.annualAt(p), Integer.class))
                    .bind("hourlyP" + p, Parameter.fromOrEmpty(PlausibleWages.cents(w.hourlyAt(p)), BigDecimal.class));
        }
        return spec;
    }
}
