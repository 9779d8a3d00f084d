package com.salaryguide.geography.importing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.salaryguide.db.MultiRowInsert;
import com.salaryguide.geography.area.AreaType;
import com.salaryguide.oews.OewsValue;
import com.salaryguide.oews.OewsWages;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Replaces one release year's BLS figures for the kinds of area a file holds, in a single transaction: areas are
 * added (metros also renamed), that year's SOC-keyed figures for those kinds are deleted, and the file's rows are
 * inserted as they stream in. A guide's own figures (keyed by slug) and other years are never touched.
 */
@Repository
public class AreaImportWriter {

    private static final List<String> COLUMNS = new ArrayList<>(List.of("occupation", "area_code", "data_year",
            "employment", "annual_mean", "hourly_mean"));
    private static final List<Class<?>> TYPES = new ArrayList<>(List.of(String.class, String.class, Integer.class,
            Integer.class, Integer.class, BigDecimal.class));

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

    public AreaImportWriter(DatabaseClient db, TransactionalOperator transaction) {
        this.db = db;
        this.transaction = transaction;
    }

    /** Counts written: areas added, metros renamed, figure rows. */
    public record Written(int areasAdded, int metrosRenamed, long rows) {
    }

    public Mono<Written> replaceYear(int year, AreaFileCheck check, Flux<List<AreaFigureRow>> chunks) {
        Mono<Written> write = db.sql("SELECT code, area_type, name FROM area")
                .map(r -> new String[] {r.get("code", String.class), r.get("area_type", String.class), r.get("name", String.class)})
                .all().collectList()
                .flatMap(existing -> {
                    Map<String, String> known = new java.util.HashMap<>();
                    existing.forEach(a -> known.put(a[1] + "|" + a[0], a[2]));
                    List<Mono<Long>> areaWrites = new ArrayList<>();
                    int[] added = {0};
                    int[] renamed = {0};
                    check.states().forEach((code, name) -> {
                        if (!known.containsKey("state|" + code)) {
                            added[0]++;
                            areaWrites.add(insertArea(code, AreaType.state, name));
                        }
                    });
                    check.metros().forEach((code, name) -> {
                        String current = known.get("metro|" + code);
                        if (current == null) {
                            added[0]++;
                            areaWrites.add(insertArea(code, AreaType.metro, name));
                        } else if (!current.equals(name)) {
                            renamed[0]++;
                            areaWrites.add(db.sql("UPDATE area SET name = :name WHERE code = :code AND area_type = 'metro'")
                                    .bind("name", name).bind("code", code).fetch().rowsUpdated());
                        }
                    });
                    Flux<Long> deletes = Flux.fromIterable(check.areaTypes()).concatMap(type -> db.sql("""
                                    DELETE FROM area_wage WHERE data_year = :year AND occupation LIKE '__-____'
                                    AND area_code IN (SELECT code FROM area WHERE area_type = :type)""")
                            .bind("year", year).bind("type", type.name()).fetch().rowsUpdated());
                    return Flux.concat(areaWrites).then(deletes.then())
                            .then(chunks.concatMap(chunk -> INSERT.insert(db, rows(year, chunk)), 1).reduce(0L, Long::sum))
                            .map(rows -> new Written(added[0], renamed[0], rows));
                });
        return transaction.transactional(write);
    }

    private Mono<Long> insertArea(String code, AreaType type, String name) {
        return db.sql("INSERT INTO area (code, area_type, name) VALUES (:code, :type, :name)")
                .bind("code", code).bind("type", type.name()).bind("name", name).fetch().rowsUpdated();
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
            row[4] = f.annualMean().present() && !f.annualMean().topCoded() ? f.annualMean().amount().intValueExact() : null;
            row[5] = f.hourlyMean().present() && !f.hourlyMean().topCoded() ? f.hourlyMean().amount() : null;
            int i = 6;
            for (String kind : List.of("annual", "hourly")) {
                for (OewsWages.Percentile p : f.percentiles()) {
                    OewsValue v = kind.equals("annual") ? p.annual() : p.hourly();
                    row[i++] = !v.present() ? null : kind.equals("annual") ? (Object) v.amount().intValueExact() : v.amount();
                    row[i++] = v.topCoded();
                }
            }
            rows.add(row);
        }
        return rows;
    }
}
