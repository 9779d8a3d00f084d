package com.salaryguide.geography.area;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import io.r2dbc.spi.Readable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Areas and area wages; SQL kept portable between PostgreSQL and the embedded H2. */
@Repository
public class AreaRepository {

    private static final String AREA_COLUMNS = "a.code, a.area_type, a.name, a.state";
    private static final String WAGE_COLUMNS = AREA_COLUMNS + """
            , w.occupation, w.data_year, w.employment, w.jobs_1000, w.loc_quotient,
            w.annual_mean, w.annual_mean_top, w.hourly_mean, w.hourly_mean_top,
            w.annual_p10, w.annual_p25, w.annual_p50, w.annual_p75, w.annual_p90,
            w.hourly_p10, w.hourly_p25, w.hourly_p50, w.hourly_p75, w.hourly_p90, w.source_id, w.version,
            w.annual_p10_top, w.annual_p25_top, w.annual_p50_top, w.annual_p75_top, w.annual_p90_top,
            w.hourly_p10_top, w.hourly_p25_top, w.hourly_p50_top, w.hourly_p75_top, w.hourly_p90_top""";

    private final DatabaseClient db;

    public AreaRepository(DatabaseClient db) {
        this.db = db;
    }

    public Mono<Area> findByCode(Collection<AreaType> types, String code) {
        return db.sql("SELECT " + AREA_COLUMNS + " FROM area a WHERE a.area_type IN (:types) AND a.code = :code")
                .bind("types", values(types)).bind("code", code)
                .map(AreaRepository::area).one();
    }

    /** Names are unique within a kind of area; across kinds the first of state, territory, metro, nonmetro wins. */
    public Mono<Area> findByName(Collection<AreaType> types, String name) {
        return db.sql("SELECT " + AREA_COLUMNS
                        + " FROM area a WHERE a.area_type IN (:types) AND LOWER(a.name) = LOWER(:name)")
                .bind("types", values(types)).bind("name", name)
                .map(AreaRepository::area).all()
                .sort(Comparator.comparing(Area::areaType)).next();
    }

    /** The most recent data year with figures for this occupation in these kinds of area. */
    public Mono<Integer> latestYear(String occupation, Collection<AreaType> types) {
        return db.sql("""
                        SELECT w.data_year AS y FROM area_wage w JOIN area a ON a.code = w.area_code
                        WHERE w.occupation = :occ AND a.area_type IN (:types) ORDER BY w.data_year DESC LIMIT 1""")
                .bind("occ", occupation).bind("types", values(types))
                .map(row -> row.get("y", Integer.class)).one();
    }

    public Flux<AreaWage> wages(String occupation, Collection<AreaType> types, int dataYear) {
        return db.sql("SELECT " + WAGE_COLUMNS + """
                         FROM area_wage w JOIN area a ON a.code = w.area_code
                        WHERE w.occupation = :occ AND a.area_type IN (:types) AND w.data_year = :year""")
                .bind("occ", occupation).bind("types", values(types)).bind("year", dataYear)
                .map(AreaRepository::wage).all();
    }

    /** Each (occupation, area) pair's figures of its own latest data year; pairs without figures are absent. */
    public Flux<AreaWage> latestWages(Collection<String> occupations, Collection<String> areaCodes) {
        return db.sql("SELECT " + WAGE_COLUMNS + """
                         FROM area_wage w JOIN area a ON a.code = w.area_code
                        WHERE w.occupation IN (:occs) AND w.area_code IN (:codes)
                        AND w.data_year = (SELECT MAX(l.data_year) FROM area_wage l
                                           WHERE l.occupation = w.occupation AND l.area_code = w.area_code)""")
                .bind("occs", List.copyOf(occupations)).bind("codes", List.copyOf(areaCodes))
                .map(AreaRepository::wage).all();
    }

    private static List<String> values(Collection<AreaType> types) {
        return types.stream().map(AreaType::value).toList();
    }

    private static Area area(Readable row) {
        return new Area(row.get("code", String.class), AreaType.of(row.get("area_type", String.class)),
                row.get("name", String.class), row.get("state", String.class));
    }

    private static AreaWage wage(Readable row) {
        List<AreaWage.Percentile> percentiles = new ArrayList<>(AreaWage.PERCENTILES.length);
        for (int p : AreaWage.PERCENTILES) {
            percentiles.add(new AreaWage.Percentile(p, row.get("annual_p" + p, Integer.class),
                    flag(row, "annual_p" + p + "_top"), row.get("hourly_p" + p, BigDecimal.class),
                    flag(row, "hourly_p" + p + "_top")));
        }
        return new AreaWage(area(row), row.get("occupation", String.class), row.get("data_year", Integer.class),
                row.get("employment", Integer.class), row.get("jobs_1000", BigDecimal.class),
                row.get("loc_quotient", BigDecimal.class), row.get("annual_mean", Integer.class),
                flag(row, "annual_mean_top"), row.get("hourly_mean", BigDecimal.class), flag(row, "hourly_mean_top"),
                List.copyOf(percentiles), row.get("source_id", Integer.class),
                ((Number) row.get("version")).longValue());
    }

    private static boolean flag(Readable row, String column) {
        return Boolean.TRUE.equals(row.get(column, Boolean.class));
    }
}
