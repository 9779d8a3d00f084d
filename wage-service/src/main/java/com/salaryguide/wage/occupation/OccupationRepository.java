package com.salaryguide.wage.occupation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.salaryguide.wage.occupation.OccupationResponses.OccupationSummary;
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

    /**
     * Occupations whose title contains, or whose SOC code starts with, the search text (null: all), each with the
     * data year of its latest national figures (null without any).
     */
    public Flux<OccupationSummary> search(String text, int offset, int limit) {
        var spec = db.sql("""
                SELECT o.soc_code, o.title,
                       (SELECT MAX(w.data_year) FROM national_wage w WHERE w.soc_code = o.soc_code) AS data_year
                FROM occupation o""" + where(text) + " ORDER BY o.soc_code LIMIT :limit OFFSET :offset");
        spec = bindSearch(spec, text).bind("limit", limit).bind("offset", offset);
        return spec.map(row -> new OccupationSummary(row.get("soc_code", String.class), row.get("title", String.class),
                row.get("data_year", Integer.class))).all();
    }

    public Mono<Long> count(String text) {
        var spec = bindSearch(db.sql("SELECT COUNT(*) AS n FROM occupation o" + where(text)), text);
        return spec.map(row -> ((Number) row.get("n")).longValue()).one();
    }

    /** The occupation with the version a rename or delete must send back. */
    public Mono<VersionedOccupation> find(String socCode) {
        return db.sql("SELECT soc_code, title, version FROM occupation WHERE soc_code = :soc")
                .bind("soc", socCode)
                .map(row -> new VersionedOccupation(new Occupation(row.get("soc_code", String.class),
                        row.get("title", String.class)), ((Number) row.get("version")).longValue()))
                .one();
    }

    public record VersionedOccupation(Occupation occupation, long version) {
    }

    /** The occupations with national figures for a data year, in SOC code order. */
    public Flux<String> socCodesWithFigures(int dataYear) {
        return db.sql("SELECT soc_code FROM national_wage WHERE data_year = :year ORDER BY soc_code")
                .bind("year", dataYear).map(row -> row.get("soc_code", String.class)).all();
    }

    /** The most recent data year's national distribution, with its percentiles. */
    public Mono<NationalWage> findLatestNationalWage(String socCode) {
        return nationalWage(db.sql(NATIONAL_WAGE + " WHERE soc_code = :soc ORDER BY data_year DESC LIMIT 1")
                .bind("soc", socCode));
    }

    /** One data year's national distribution, with its percentiles. */
    public Mono<NationalWage> findNationalWage(String socCode, int dataYear) {
        return nationalWage(db.sql(NATIONAL_WAGE + " WHERE soc_code = :soc AND data_year = :year")
                .bind("soc", socCode).bind("year", dataYear));
    }

    /** Every data year's national distribution, newest first, with their percentiles (two queries in all). */
    public Flux<NationalWage> findNationalWages(String socCode) {
        Mono<Map<Integer, List<WagePercentile>>> percentiles = db.sql(PERCENTILE
                        + " WHERE soc_code = :soc ORDER BY data_year, percentile")
                .bind("soc", socCode)
                .map(row -> Map.entry(row.get("data_year", Integer.class), percentile(row)))
                .all()
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return db.sql(NATIONAL_WAGE + " WHERE soc_code = :soc ORDER BY data_year DESC")
                .bind("soc", socCode)
                .map(this::nationalWageHead)
                .all()
                .collectList()
                .filter(heads -> !heads.isEmpty())
                .zipWith(percentiles)
                .flatMapIterable(t -> t.getT1().stream()
                        .map(h -> h.withPercentiles(t.getT2().getOrDefault(h.dataYear(), List.of()))).toList());
    }

    private static final String NATIONAL_WAGE = """
            SELECT soc_code, data_year, employment, annual_mean, annual_mean_top_coded, hourly_mean,
                   hourly_mean_top_coded, source_ids, version FROM national_wage""";

    private static final String PERCENTILE =
            "SELECT data_year, percentile, annual, hourly, annual_top_coded, hourly_top_coded FROM wage_percentile";

    private Mono<NationalWage> nationalWage(DatabaseClient.GenericExecuteSpec head) {
        return head.map(this::nationalWageHead)
                .one()
                .flatMap(h -> percentiles(h.socCode(), h.dataYear()).collectList().map(h::withPercentiles));
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
        return db.sql(PERCENTILE + " WHERE soc_code = :soc AND data_year = :year ORDER BY percentile")
                .bind("soc", socCode)
                .bind("year", dataYear)
                .map(OccupationRepository::percentile)
                .all();
    }

    private static WagePercentile percentile(Readable row) {
        return new WagePercentile(((Number) row.get("percentile")).intValue(),
                row.get("annual", Integer.class), row.get("hourly", BigDecimal.class),
                Boolean.TRUE.equals(row.get("annual_top_coded", Boolean.class)),
                Boolean.TRUE.equals(row.get("hourly_top_coded", Boolean.class)));
    }

    private NationalWage nationalWageHead(Readable row) {
        return new NationalWage(row.get("soc_code", String.class), row.get("data_year", Integer.class),
                row.get("employment", Integer.class), row.get("annual_mean", Integer.class),
                Boolean.TRUE.equals(row.get("annual_mean_top_coded", Boolean.class)),
                row.get("hourly_mean", BigDecimal.class),
                Boolean.TRUE.equals(row.get("hourly_mean_top_coded", Boolean.class)),
                SourceIds.parse(row.get("source_ids", String.class)), List.of(),
                ((Number) row.get("version")).longValue());
    }

    private static String where(String text) {
        return text == null ? ""
                : " WHERE LOWER(o.title) LIKE :contains ESCAPE '\\' OR o.soc_code LIKE :prefix ESCAPE '\\'";
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
