package com.salaryguide.wage.importing;

import com.salaryguide.oews.OewsWages;

import com.salaryguide.oews.OewsValue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.r2dbc.core.DatabaseClient;
import com.salaryguide.db.MultiRowInsert;
import com.salaryguide.db.changes.Changes;
import com.salaryguide.wage.occupation.OccupationChanges;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Replaces one release year's national figures in a single transaction: occupations are added or renamed, that
 * year's distributions are deleted and inserted anew (multi-row inserts), other years stay as they were. Any
 * failure rolls the whole import back; a committed import is announced to every instance (see OccupationChanges).
 */
@Repository
public class NationalImportWriter {

    private final DatabaseClient db;
    private final TransactionalOperator transaction;
    private final Changes changes;

    public NationalImportWriter(DatabaseClient db, TransactionalOperator transaction, Changes changes) {
        this.db = db;
        this.transaction = transaction;
        this.changes = changes;
    }

    /** Counts written: new occupations, renamed occupations, distributions, percentile rows. */
    public record Written(int added, int renamed, int distributions, int percentiles) {
    }

    public Mono<Written> replaceYear(int year, List<NationalDataset.Occupation> occupations) {
        Mono<Map<String, String>> titles = db.sql("SELECT soc_code, title FROM occupation")
                .map(r -> Map.entry(r.get("soc_code", String.class), r.get("title", String.class)))
                .all().collectMap(Map.Entry::getKey, Map.Entry::getValue);
        Mono<Written> write = Mono.zip(titles, nextVersion(year))
                .flatMap(t -> {
                    Map<String, String> existing = t.getT1();
                    long version = t.getT2();
                    List<Object[]> added = new ArrayList<>();
                    List<NationalDataset.Occupation> renamed = new ArrayList<>();
                    for (NationalDataset.Occupation o : occupations) {
                        String title = existing.get(o.socCode());
                        if (title == null) {
                            added.add(new Object[] {o.socCode(), o.title()});
                        } else if (!title.equals(o.title())) {
                            renamed.add(o);
                        }
                    }
                    List<Object[]> distributions = new ArrayList<>();
                    List<Object[]> percentiles = new ArrayList<>();
                    for (NationalDataset.Occupation o : occupations) {
                        distributions.add(new Object[] {o.socCode(), year, o.employment(),
                                whole(o.annualMean()), o.annualMean().topCoded(), o.hourlyMean().amount(),
                                o.hourlyMean().topCoded(), version});
                        for (OewsWages.Percentile p : o.percentiles()) {
                            percentiles.add(new Object[] {o.socCode(), year, p.percentile(),
                                    whole(p.annual()), p.hourly().amount(), p.annual().topCoded(), p.hourly().topCoded()});
                        }
                    }
                    return insert("occupation", List.of("soc_code", "title"), List.of(String.class, String.class), added)
                            .then(Flux.fromIterable(renamed).concatMap(o -> db.sql(
                                            "UPDATE occupation SET title = :title, version = version + 1 WHERE soc_code = :soc")
                                    .bind("title", o.title()).bind("soc", o.socCode()).fetch().rowsUpdated()).then())
                            .then(db.sql("DELETE FROM national_wage WHERE data_year = :year").bind("year", year)
                                    .fetch().rowsUpdated())
                            .then(insert("national_wage", List.of("soc_code", "data_year", "employment",
                                            "annual_mean", "annual_mean_top_coded", "hourly_mean",
                                            "hourly_mean_top_coded", "version"),
                                    List.of(String.class, Integer.class, Integer.class, Integer.class, Boolean.class,
                                            BigDecimal.class, Boolean.class, Long.class),
                                    distributions))
                            .then(insert("wage_percentile", List.of("soc_code", "data_year", "percentile", "annual",
                                            "hourly", "annual_top_coded", "hourly_top_coded"),
                                    List.of(String.class, Integer.class, Integer.class, Integer.class, BigDecimal.class,
                                            Boolean.class, Boolean.class),
                                    percentiles))
                            .thenReturn(new Written(added.size(), renamed.size(), distributions.size(), percentiles.size()));
                });
        // every occupation's figures may have changed: each instance drops all it cached once this commits
        return transaction.transactional(write.flatMap(written ->
                changes.publish(OccupationChanges.OCCUPATION, null).thenReturn(written)));
    }

    /** Above every version the year's rows have had, so an edit prepared before this import is stale after it. */
    private Mono<Long> nextVersion(int year) {
        return db.sql("SELECT COALESCE(MAX(version), -1) + 1 AS v FROM national_wage WHERE data_year = :year")
                .bind("year", year).map(r -> ((Number) r.get("v")).longValue()).one();
    }

    private Mono<Long> insert(String table, List<String> columns, List<Class<?>> types, List<Object[]> rows) {
        return new MultiRowInsert(table, columns, types).insert(db, rows);
    }

    private static Integer whole(OewsValue v) {
        return v.present() ? v.amount().intValueExact() : null;
    }
}
