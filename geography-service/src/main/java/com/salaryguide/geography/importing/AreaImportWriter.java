package com.salaryguide.geography.importing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import com.salaryguide.db.MultiRowInsert;
import com.salaryguide.db.changes.Changes;
import com.salaryguide.geography.area.AreaWriter;
import com.salaryguide.geography.area.AreaType;
import com.salaryguide.geography.importing.AreaFileCheck.FileArea;
import com.salaryguide.oews.OewsValue;
import com.salaryguide.oews.OewsWages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Replaces one release year's BLS figures for the kinds of area a file holds, in a single transaction: areas are
 * added, or renamed and re-typed as the file names them, that year's SOC-keyed figures for those kinds are deleted,
 * and the file's rows are inserted as they stream in. A guide's own figures (keyed by slug) and other years are
 * never touched. A committed import is announced to every instance (db-support Changes).
 */
@Repository
public class AreaImportWriter {

    private static final Logger log = LoggerFactory.getLogger(AreaImportWriter.class);
    private static final List<String> COLUMNS = new ArrayList<>(List.of("occupation", "area_code", "data_year",
            "employment", "jobs_1000", "loc_quotient", "annual_mean", "annual_mean_top", "hourly_mean",
            "hourly_mean_top"));
    private static final List<Class<?>> TYPES = new ArrayList<>(List.of(String.class, String.class, Integer.class,
            Integer.class, BigDecimal.class, BigDecimal.class, Integer.class, Boolean.class, BigDecimal.class,
            Boolean.class));

    static {
        for (String kind : List.of("annual", "hourly")) {
            for (int p : OewsWages.PERCENTILES) {
                COLUMNS.add(kind + "_p" + p);
                TYPES.add(kind.equals("annual") ? Integer.class : BigDecimal.class);
                COLUMNS.add(kind + "_p" + p + "_top");
                TYPES.add(Boolean.class);
            }
        }
    }

    private static final MultiRowInsert INSERT = new MultiRowInsert("area_wage", COLUMNS, TYPES);

    private final DatabaseClient db;
    private final TransactionalOperator transaction;
    private final Changes changes;

    public AreaImportWriter(DatabaseClient db, TransactionalOperator transaction, Changes changes) {
        this.db = db;
        this.transaction = transaction;
        this.changes = changes;
    }

    /** Counts written: areas added, areas renamed (or re-typed), figure rows. */
    public record Written(int areasAdded, int areasRenamed, long rows) {
    }

    private record StoredArea(String code, AreaType type, String name, String state) {
    }

    public Mono<Written> replaceYear(int year, AreaFileCheck check, Flux<List<AreaFigureRow>> chunks) {
        Mono<Written> write = db.sql("SELECT code, area_type, name, state FROM area")
                .map(r -> new StoredArea(r.get("code", String.class), AreaType.of(r.get("area_type", String.class)),
                        r.get("name", String.class), r.get("state", String.class)))
                .all().collectList()
                .flatMap(stored -> {
                    AreaChanges areaChanges = AreaChanges.of(stored, check.areas());
                    Flux<Long> deletes = Flux.fromIterable(check.areaTypes()).concatMap(type -> db.sql("""
                                    DELETE FROM area_wage WHERE data_year = :year
                                    AND occupation LIKE '__-____' AND UPPER(occupation) = LOWER(occupation)
                                    AND area_code IN (SELECT code FROM area WHERE area_type = :type)""")
                            .bind("year", year).bind("type", type.value()).fetch().rowsUpdated());
                    return areaChanges.apply(db).then(deletes.then())
                            .then(chunks.concatMap(chunk -> INSERT.insert(db, rows(year, chunk)), 1).reduce(0L, Long::sum))
                            .map(rows -> new Written(areaChanges.added(), areaChanges.renamed(), rows));
                });
        // any area and its figures may have changed: announced to every instance (and the gateway) on commit
        return transaction.transactional(write.flatMap(written ->
                changes.publish(AreaWriter.AREA, null).thenReturn(written)));
    }

    /**
     * What the file changes about the areas. Names are unique within a kind of area, so a stored area the file does
     * not name, holding a name the file gives another code (BLS re-coded the area), is renamed "name (code)"; names
     * the file moves between its own areas pass through a temporary name first.
     */
    private record AreaChanges(List<FileArea> inserts, List<FileArea> updates, List<StoredArea> displaced) {

        static AreaChanges of(List<StoredArea> stored, Map<String, FileArea> file) {
            Map<String, StoredArea> byCode = new HashMap<>();
            stored.forEach(a -> byCode.put(a.code(), a));
            List<FileArea> inserts = new ArrayList<>();
            List<FileArea> updates = new ArrayList<>();
            Map<String, FileArea> fileNames = new HashMap<>();
            for (FileArea area : file.values()) {
                StoredArea known = byCode.get(area.code());
                FileArea target = known != null && area.type().stateLevel() && known.type().stateLevel()
                        // a state's or territory's own name stays: BLS titles them as they are stored
                        ? new FileArea(area.code(), area.type(), known.name(), area.state(), area.row()) : area;
                fileNames.put(nameKey(target.type(), target.name()), target);
                if (known == null) {
                    inserts.add(target);
                } else if (known.type() != target.type() || !known.name().equals(target.name())
                        || !Objects.equals(known.state(), target.state())) {
                    updates.add(target);
                }
            }
            List<StoredArea> displaced = stored.stream()
                    .filter(a -> !file.containsKey(a.code()))
                    .filter(a -> fileNames.containsKey(nameKey(a.type(), a.name())))
                    .toList();
            return new AreaChanges(inserts, updates, displaced);
        }

        int added() {
            return inserts.size();
        }

        int renamed() {
            return updates.size() + displaced.size();
        }

        Mono<Void> apply(DatabaseClient db) {
            List<Mono<Long>> writes = new ArrayList<>();
            for (StoredArea a : displaced) {
                log.info("Area {} keeps its figures as '{} ({})': the import gives its name to another code",
                        a.code(), a.name(), a.code());
                String kept = a.name().length() > 188 ? a.name().substring(0, 188) : a.name();
                writes.add(rename(db, a.code(), kept + " (" + a.code() + ")"));
            }
            for (FileArea a : updates) {
                writes.add(rename(db, a.code(), "\u0001" + a.code()));
            }
            for (FileArea a : updates) {
                writes.add(db.sql("UPDATE area SET area_type = :type, name = :name, state = :state WHERE code = :code")
                        .bind("type", a.type().value()).bind("name", a.name()).bind("state", a.state())
                        .bind("code", a.code()).fetch().rowsUpdated());
            }
            for (FileArea a : inserts) {
                writes.add(db.sql("INSERT INTO area (code, area_type, name, state) VALUES (:code, :type, :name, :state)")
                        .bind("code", a.code()).bind("type", a.type().value()).bind("name", a.name())
                        .bind("state", Parameter.fromOrEmpty(a.state(), String.class)).fetch().rowsUpdated());
            }
            return Flux.concat(writes).then();
        }

        private static Mono<Long> rename(DatabaseClient db, String code, String name) {
            return db.sql("UPDATE area SET name = :name WHERE code = :code").bind("name", name).bind("code", code)
                    .fetch().rowsUpdated();
        }

        private static String nameKey(AreaType type, String name) {
            return type.value() + "|" + name.toLowerCase(Locale.ROOT);
        }
    }

    private static List<Object[]> rows(int year, List<AreaFigureRow> chunk) {
        List<Object[]> rows = new ArrayList<>(chunk.size());
        for (AreaFigureRow r : chunk) {
            OewsWages.Figures f = r.figures();
            Object[] row = new Object[COLUMNS.size()];
            row[0] = r.socCode();
            row[1] = r.areaCode();
            row[2] = year;
            row[3] = f.employment();
            row[4] = r.jobsPer1000();
            row[5] = r.locationQuotient();
            row[6] = whole(f.annualMean());
            row[7] = f.annualMean().topCoded();
            row[8] = f.hourlyMean().amount();
            row[9] = f.hourlyMean().topCoded();
            int i = 10;
            for (String kind : List.of("annual", "hourly")) {
                for (OewsWages.Percentile p : f.percentiles()) {
                    OewsValue v = kind.equals("annual") ? p.annual() : p.hourly();
                    row[i++] = kind.equals("annual") ? whole(v) : v.amount();
                    row[i++] = v.topCoded();
                }
            }
            rows.add(row);
        }
        return rows;
    }

    private static Integer whole(OewsValue v) {
        return v.present() ? v.amount().intValueExact() : null;
    }
}
