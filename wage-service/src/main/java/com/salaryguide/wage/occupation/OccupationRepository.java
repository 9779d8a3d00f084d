package com.salaryguide.wage.occupation;

import java.math.BigDecimal;
import java.util.List;

import io.r2dbc.spi.Readable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Reads occupations and their wage data; SQL kept portable between PostgreSQL and the embedded H2. */
@Repository
public class OccupationRepository {

    private final DatabaseClient db;

    public OccupationRepository(DatabaseClient db) {
        this.db = db;
    }

    /** Occupations whose title contains, or whose SOC code starts with, the search text (null: all). */
    public Flux<Occupation> search(String text, int offset, int limit) {
        var spec = db.sql("SELECT soc_code, title FROM occupation" + where(text)
                + " ORDER BY soc_code LIMIT :limit OFFSET :offset");
        spec = bindSearch(spec, text).bind("limit", limit).bind("offset", offset);
        return spec.map(row -> new Occupation(row.get("soc_code", String.class), row.get("title", String.class))).all();
    }

    public Mono<Long> count(String text) {
        var spec = bindSearch(db.sql("SELECT COUNT(*) AS n FROM occupation" + where(text)), text);
        return spec.map(row -> ((Number) row.get("n")).longValue()).one();
    }

    public Mono<Occupation> find(String socCode) {
        return db.sql("SELECT soc_code, title FROM occupation WHERE soc_code = :soc")
                .bind("soc", socCode)
                .map(row -> new Occupation(row.get("soc_code", String.class), row.get("title", String.class)))
                .one();
    }

    /** The versions a hand edit must send back: the occupation row's and its latest national figures' (or null). */
    public Mono<Versions> versions(String socCode) {
        return db.sql("""
                        SELECT o.version AS occupation_version,
                               (SELECT w.version FROM national_wage w WHERE w.soc_code = o.soc_code
                                ORDER BY w.data_year DESC LIMIT 1) AS figures_version
                        FROM occupation o WHERE o.soc_code = :soc""")
                .bind("soc", socCode)
                .map(row -> new Versions(((Number) row.get("occupation_version")).longValue(),
                        row.get("figures_version") == null ? null : ((Number) row.get("figures_version")).longValue()))
                .one();
    }

    public record Versions(long occupation, Long figures) {
    }

    /** The most recent data year's national distribution, with its percentiles. */
    public Mono<NationalWage> findLatestNationalWage(String socCode) {
        return db.sql("""
                        SELECT soc_code, data_year, employment, annual_mean, hourly_mean, source_ids
                        FROM national_wage WHERE soc_code = :soc ORDER BY data_year DESC LIMIT 1""")
                .bind("soc", socCode)
                .map(this::nationalWageHead)
                .one()
                .flatMap(head -> percentiles(head.socCode(), head.dataYear()).collectList()
                        .map(ps -> new NationalWage(head.socCode(), head.dataYear(), head.employment(),
                                head.annualMean(), head.hourlyMean(), head.sources(), ps)));
    }

    public Flux<EmploymentProjection> projections(String socCode) {
        return db.sql("""
                        SELECT growth_percent, from_year, to_year, source_ids FROM employment_projection
                        WHERE soc_code = :soc ORDER BY from_year DESC""")
                .bind("soc", socCode)
                .map(row -> new EmploymentProjection(row.get("growth_percent", BigDecimal.class),
                        row.get("from_year", Integer.class), row.get("to_year", Integer.class),
                        SourceIds.parse(row.get("source_ids", String.class))))
                .all();
    }

    private Flux<WagePercentile> percentiles(String socCode, int dataYear) {
        return db.sql("""
                        SELECT percentile, annual, hourly, annual_top_coded, hourly_top_coded FROM wage_percentile
                        WHERE soc_code = :soc AND data_year = :year ORDER BY percentile""")
                .bind("soc", socCode)
                .bind("year", dataYear)
                .map(row -> new WagePercentile(((Number) row.get("percentile")).intValue(),
                        row.get("annual", Integer.class), row.get("hourly", BigDecimal.class),
                        Boolean.TRUE.equals(row.get("annual_top_coded", Boolean.class)),
                        Boolean.TRUE.equals(row.get("hourly_top_coded", Boolean.class))))
                .all();
    }

    private NationalWage nationalWageHead(Readable row) {
        return new NationalWage(row.get("soc_code", String.class), row.get("data_year", Integer.class),
                row.get("employment", Integer.class), row.get("annual_mean", Integer.class),
                row.get("hourly_mean", BigDecimal.class), SourceIds.parse(row.get("source_ids", String.class)),
                List.of());
    }

    private static String where(String text) {
        return text == null ? "" : " WHERE LOWER(title) LIKE :contains ESCAPE '\\' OR soc_code LIKE :prefix ESCAPE '\\'";
    }

    private static DatabaseClient.GenericExecuteSpec bindSearch(DatabaseClient.GenericExecuteSpec spec, String text) {
        if (text == null) {
            return spec;
        }
        String escaped = text.toLowerCase(java.util.Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return spec.bind("contains", "%" + escaped + "%").bind("prefix", escaped + "%");
    }
}
