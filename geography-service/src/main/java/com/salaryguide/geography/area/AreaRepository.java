package com.salaryguide.geography.area;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import io.r2dbc.spi.Readable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Areas and area wages; SQL kept portable between PostgreSQL and the embedded H2. */
@Repository
public class AreaRepository {

    private static final int[] PERCENTILES = {10, 25, 50, 75, 90};
    private static final String WAGE_COLUMNS = """
            a.code, a.area_type, a.name, w.occupation, w.data_year, w.employment, w.annual_mean, w.hourly_mean,
            w.annual_p10, w.annual_p25, w.annual_p50, w.annual_p75, w.annual_p90,
            w.hourly_p10, w.hourly_p25, w.hourly_p50, w.hourly_p75, w.hourly_p90, w.source_id, w.version,
            w.annual_p10_top, w.annual_p25_top, w.annual_p50_top, w.annual_p75_top, w.annual_p90_top,
            w.hourly_p10_top, w.hourly_p25_top, w.hourly_p50_top, w.hourly_p75_top, w.hourly_p90_top""";

    private final DatabaseClient db;

    public AreaRepository(DatabaseClient db) {
        this.db = db;
    }

    public Mono<Area> findByCode(AreaType type, String code) {
        return db.sql("SELECT code, area_type, name FROM area WHERE area_type = :type AND code = :code")
                .bind("type", type.name()).bind("code", code)
                .map(AreaRepository::area).one();
    }

    public Mono<Area> findByName(AreaType type, String name) {
        return db.sql("SELECT code, area_type, name FROM area WHERE area_type = :type AND LOWER(name) = LOWER(:name)")
                .bind("type", type.name()).bind("name", name)
                .map(AreaRepository::area).one();
    }

    /** The most recent data year with figures for this occupation and kind of area. */
    public Mono<Integer> latestYear(String occupation, AreaType type) {
        return db.sql("""
                        SELECT w.data_year AS y FROM area_wage w JOIN area a ON a.code = w.area_code
                        WHERE w.occupation = :occ AND a.area_type = :type ORDER BY w.data_year DESC LIMIT 1""")
                .bind("occ", occupation).bind("type", type.name())
                .map(row -> row.get("y", Integer.class)).one();
    }

    public Flux<AreaWage> wages(String occupation, AreaType type, int dataYear) {
        return db.sql("SELECT " + WAGE_COLUMNS + """
                         FROM area_wage w JOIN area a ON a.code = w.area_code
                        WHERE w.occupation = :occ AND a.area_type = :type AND w.data_year = :year""")
                .bind("occ", occupation).bind("type", type.name()).bind("year", dataYear)
                .map(AreaRepository::wage).all();
    }

    private static Area area(Readable row) {
        return new Area(row.get("code", String.class), AreaType.valueOf(row.get("area_type", String.class)),
                row.get("name", String.class));
    }

    private static AreaWage wage(Readable row) {
        List<AreaWage.Percentile> percentiles = new ArrayList<>();
        for (int p : PERCENTILES) {
            Integer annual = row.get("annual_p" + p, Integer.class);
            BigDecimal hourly = row.get("hourly_p" + p, BigDecimal.class);
            if (annual != null || hourly != null) {
                percentiles.add(AreaWage.Percentile.of(p, annual, hourly,
                        Boolean.TRUE.equals(row.get("annual_p" + p + "_top", Boolean.class)),
                        Boolean.TRUE.equals(row.get("hourly_p" + p + "_top", Boolean.class))));
            }
        }
        return new AreaWage(area(row), row.get("occupation", String.class), row.get("data_year", Integer.class),
                row.get("employment", Integer.class), row.get("annual_mean", Integer.class),
                row.get("hourly_mean", BigDecimal.class), List.copyOf(percentiles), row.get("source_id", Integer.class),
                ((Number) row.get("version")).longValue());
    }
}
