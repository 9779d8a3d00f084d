package com.salaryguide.advice.guide;

import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.salaryguide.advice.guide.GuideContent.Benchmark;
import com.salaryguide.advice.guide.GuideContent.Benefit;
import com.salaryguide.advice.guide.GuideContent.CareerRole;
import com.salaryguide.advice.guide.GuideContent.Classification;
import com.salaryguide.advice.guide.GuideContent.ExperienceLevel;
import com.salaryguide.advice.guide.GuideContent.Faq;
import com.salaryguide.advice.guide.GuideContent.Figure;
import com.salaryguide.advice.guide.GuideContent.Highlight;
import com.salaryguide.advice.guide.GuideContent.Intro;
import com.salaryguide.advice.guide.GuideContent.KeyTakeaway;
import com.salaryguide.advice.guide.GuideContent.NegotiationStep;
import com.salaryguide.advice.guide.GuideContent.Percentiles;
import com.salaryguide.advice.guide.GuideContent.Range;
import com.salaryguide.advice.guide.GuideContent.SalaryGrowth;
import com.salaryguide.advice.guide.GuideContent.Source;
import com.salaryguide.advice.guide.GuideContent.Specialization;
import com.salaryguide.advice.guide.GuideContent.Summary;
import io.r2dbc.spi.Readable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Reads guide content section by section; SQL kept portable between PostgreSQL and the embedded H2. */
@Repository
public class GuideRepository {

    private final DatabaseClient db;

    public GuideRepository(DatabaseClient db) {
        this.db = db;
    }

    public Flux<Summary> summaries() {
        return db.sql("SELECT slug, title, edition_year FROM guide ORDER BY slug")
                .map(r -> new Summary(str(r, "slug"), str(r, "title"), integer(r, "edition_year"))).all();
    }

    public Mono<GuideHead> head(String slug) {
        return db.sql("SELECT slug, title, edition_year, intro, intro_source_ids, version FROM guide WHERE slug = :slug")
                .bind("slug", slug)
                .map(r -> new GuideHead(str(r, "slug"), str(r, "title"), integer(r, "edition_year"),
                        new Intro(str(r, "intro"), ids(r, "intro_source_ids")), lng(r, "version")))
                .one();
    }

    public Mono<List<Classification>> classifications(String slug) {
        return section("SELECT * FROM guide_classification WHERE guide_slug = :slug ORDER BY position", slug,
                r -> new Classification(str(r, "soc_code"), str(r, "role"), str(r, "rationale"), sources(r)));
    }

    public Mono<List<KeyTakeaway>> keyTakeaways(String slug) {
        return section("SELECT * FROM key_takeaway WHERE guide_slug = :slug ORDER BY position", slug,
                r -> new KeyTakeaway(str(r, "takeaway"), sources(r)));
    }

    public Mono<List<ExperienceLevel>> experienceLevels(String slug) {
        return section("SELECT * FROM experience_level WHERE guide_slug = :slug ORDER BY position", slug,
                r -> new ExperienceLevel(str(r, "level"), str(r, "title"), integer(r, "min_years"),
                        integer(r, "max_years"), range(r, "base"), range(r, "phd_base"), range(r, "total"),
                        benchmark(r), str(r, "summary"), sources(r)));
    }

    public Mono<List<Specialization>> specializations(String slug) {
        return section("SELECT * FROM specialization WHERE guide_slug = :slug ORDER BY position", slug,
                r -> new Specialization(str(r, "name"), str(r, "summary"), range(r, "base"),
                        Range.of(lng(r, "premium_min"), lng(r, "premium_max"), null), benchmark(r), sources(r)));
    }

    public Mono<List<Benefit>> benefits(String slug) {
        return section("SELECT * FROM benefit WHERE guide_slug = :slug ORDER BY position", slug,
                r -> new Benefit(str(r, "name"), str(r, "summary"), range(r, "amount"), str(r, "unit"),
                        Range.of(lng(r, "base_percent_min"), lng(r, "base_percent_max"), null),
                        lng(r, "example_base"), sources(r)));
    }

    public Mono<List<NegotiationStep>> negotiationSteps(String slug) {
        return figures("SELECT * FROM negotiation_figure WHERE guide_slug = :slug ORDER BY step, position", "step", slug)
                .flatMap(byStep -> section("SELECT * FROM negotiation_step WHERE guide_slug = :slug ORDER BY step", slug,
                        r -> new NegotiationStep(integer(r, "step"), str(r, "title"), str(r, "detail"),
                                byStep.getOrDefault(integer(r, "step"), List.of()), sources(r))));
    }

    public Mono<List<CareerRole>> careerProgression(String slug) {
        return section("SELECT * FROM career_role WHERE guide_slug = :slug ORDER BY position", slug,
                r -> new CareerRole(str(r, "title"), str(r, "track"), range(r, "base"), str(r, "summary"),
                        sources(r)));
    }

    public Mono<List<SalaryGrowth>> salaryGrowth(String slug) {
        return section("SELECT * FROM salary_growth WHERE guide_slug = :slug ORDER BY from_level, to_level", slug,
                r -> new SalaryGrowth(str(r, "from_level"), str(r, "to_level"),
                        Range.of(lng(r, "years_min"), lng(r, "years_max"), null),
                        Range.of(lng(r, "increase_percent_min"), lng(r, "increase_percent_max"), null), sources(r)));
    }

    public Mono<List<Highlight>> highlights(String slug) {
        return figures("SELECT * FROM highlight_figure WHERE guide_slug = :slug ORDER BY highlight_position, position",
                "highlight_position", slug)
                .flatMap(byHighlight -> section(
                        "SELECT * FROM highlight WHERE guide_slug = :slug ORDER BY position", slug,
                        r -> new Highlight(str(r, "section_name"), str(r, "statement"),
                                byHighlight.getOrDefault(integer(r, "position"), List.of()), sources(r))));
    }

    public Mono<List<Faq>> faq(String slug) {
        return section("SELECT * FROM faq WHERE guide_slug = :slug ORDER BY position", slug,
                r -> new Faq(str(r, "question"), str(r, "answer"), sources(r)));
    }

    public Mono<List<Source>> sources(String slug) {
        return section("SELECT * FROM guide_source WHERE guide_slug = :slug ORDER BY id", slug,
                r -> new Source(integer(r, "id"), str(r, "label"), str(r, "url")));
    }

    /** Citations of whole sections, keyed by section name in the order the sections appear in a guide. */
    public Mono<Map<String, List<Integer>>> sectionSources(String slug) {
        return db.sql("SELECT section_name, source_ids FROM section_source WHERE guide_slug = :slug").bind("slug", slug)
                .map(r -> Map.entry(str(r, "section_name"), ids(r, "source_ids")))
                .all()
                .sort(Comparator.comparingInt(e -> GuideContent.SECTION_NAMES.indexOf(e.getKey())))
                .collect(LinkedHashMap::new, (map, e) -> map.put(e.getKey(), e.getValue()));
    }

    /**
     * The classifications guides cite, with their guide's title and year, by SOC code then slug: one query over
     * the classification rows, never whole guides. Every one when {@code socCodes} is empty.
     */
    public Flux<Citation> citations(Set<String> socCodes) {
        String sql = """
                SELECT c.soc_code, c.role, g.slug, g.title, g.edition_year
                FROM guide_classification c JOIN guide g ON g.slug = c.guide_slug
                """ + (socCodes.isEmpty() ? "" : "WHERE c.soc_code IN (:socCodes)\n") + "ORDER BY c.soc_code, g.slug";
        DatabaseClient.GenericExecuteSpec query = db.sql(sql);
        if (!socCodes.isEmpty()) {
            query = query.bind("socCodes", List.copyOf(socCodes));
        }
        return query.map(r -> new Citation(str(r, "soc_code"), str(r, "role"),
                new Summary(str(r, "slug"), str(r, "title"), integer(r, "edition_year")))).all();
    }

    /** The guide row itself; version is the optimistic-locking counter for writes. */
    public record GuideHead(String slug, String title, int year, Intro intro, long version) {
    }

    /** The figures a table's rows quote, by the position of the row that quotes them. */
    private Mono<Map<Integer, List<Figure>>> figures(String sql, String ownerColumn, String slug) {
        return db.sql(sql).bind("slug", slug)
                .map(r -> Map.entry(integer(r, ownerColumn), new Figure(str(r, "label"), str(r, "unit"),
                        lng(r, "min_value"), lng(r, "max_value"), lng(r, "max_at_least"), sources(r))))
                .all()
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    }

    /** A benchmark is there when its percentiles are; its classification may be none. */
    private static Benchmark benchmark(Readable r) {
        Integer min = integer(r, "benchmark_percentile_min");
        return min == null ? null : new Benchmark(str(r, "benchmark_soc"),
                new Percentiles(min, integer(r, "benchmark_percentile_max"), null));
    }

    private <T> Mono<List<T>> section(String sql, String slug, Function<Readable, T> mapper) {
        return db.sql(sql).bind("slug", slug).map(mapper).all().collectList();
    }

    private static Range range(Readable r, String prefix) {
        return Range.of(lng(r, prefix + "_min"), lng(r, prefix + "_max"), lng(r, prefix + "_max_at_least"));
    }

    private static List<Integer> sources(Readable r) {
        return ids(r, "source_ids");
    }

    private static List<Integer> ids(Readable r, String column) {
        String ids = str(r, column);
        return ids == null || ids.isBlank() ? List.of()
                : Arrays.stream(ids.split(",")).map(String::trim).map(Integer::valueOf).toList();
    }

    private static String str(Readable r, String column) {
        return r.get(column, String.class);
    }

    private static Integer integer(Readable r, String column) {
        Number n = (Number) r.get(column);
        return n == null ? null : n.intValue();
    }

    private static Long lng(Readable r, String column) {
        Number n = (Number) r.get(column);
        return n == null ? null : n.longValue();
    }
}
