package com.salaryguide.advice.guide;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.salaryguide.advice.guide.GuideContent.Range;
import com.salaryguide.db.changes.Changes;
import com.salaryguide.problem.ConflictException;
import com.salaryguide.problem.NotFoundException;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Guide writes. A guide is written whole, in one transaction: its row and every section's rows, so a failure
 * anywhere leaves the previous content untouched. The guide row's version guards against lost updates. Each write
 * announces the guide ({@link #GUIDE}, keyed by slug) to every instance and, through their change streams, to the
 * gateway's caches (db-support Changes), in the same transaction.
 */
@Repository
public class GuideWriter {

    public static final String GUIDE = "guide";

    private static final List<String> SECTION_TABLES = List.of("negotiation_figure", "negotiation_step",
            "highlight_figure", "highlight", "guide_classification", "key_takeaway", "experience_level",
            "specialization", "benefit", "career_role", "salary_growth", "faq", "section_source", "guide_source");

    private final DatabaseClient db;
    private final TransactionalOperator transaction;
    private final Changes changes;

    public GuideWriter(DatabaseClient db, TransactionalOperator transaction, Changes changes) {
        this.db = db;
        this.transaction = transaction;
        this.changes = changes;
    }

    /** Creates a guide at version 0; 409 when the slug is taken. */
    public Mono<Long> create(String slug, GuideDraft g) {
        Mono<Long> write = db.sql("SELECT COUNT(*) AS n FROM guide WHERE slug = :slug").bind("slug", slug)
                .map(r -> ((Number) r.get("n")).longValue()).one()
                .flatMap(n -> n > 0 ? Mono.error(new ConflictException("Guide " + slug + " already exists."))
                        : insertRow("guide", slug, List.of(col("slug", slug, String.class),
                                col("title", g.title(), String.class), col("edition_year", g.year(), Integer.class),
                                col("intro", g.intro().text(), String.class),
                                ids("intro_source_ids", g.intro().sources()), col("version", 0L, Long.class))))
                .then(insertSections(slug, g))
                .then(changes.publish(GUIDE, slug))
                .thenReturn(0L);
        return transaction.transactional(write);
    }

    /** Replaces a guide's content if it is still at {@code version}; returns the new version. */
    public Mono<Long> replace(String slug, GuideDraft g) {
        Mono<Long> write = db.sql("""
                        UPDATE guide SET title = :title, edition_year = :year, intro = :intro,
                            intro_source_ids = :introSources, version = version + 1
                        WHERE slug = :slug AND version = :version""")
                .bind("title", g.title()).bind("year", g.year()).bind("intro", g.intro().text())
                .bind("introSources", ids("intro_source_ids", g.intro().sources()).value())
                .bind("slug", slug).bind("version", g.version())
                .fetch().rowsUpdated()
                .flatMap(updated -> updated == 1 ? Mono.<Void>empty() : staleOrMissing(slug, g.version()))
                .thenMany(Flux.fromIterable(SECTION_TABLES).concatMap(table ->
                        db.sql("DELETE FROM " + table + " WHERE guide_slug = :slug").bind("slug", slug).fetch().rowsUpdated()))
                .then(insertSections(slug, g))
                .then(changes.publish(GUIDE, slug))
                .thenReturn(g.version() + 1);
        return transaction.transactional(write);
    }

    public Mono<Void> delete(String slug, long version) {
        Mono<Void> write = db.sql("DELETE FROM guide WHERE slug = :slug AND version = :version")
                .bind("slug", slug).bind("version", version)
                .fetch().rowsUpdated()
                .flatMap(deleted -> deleted == 1 ? Mono.<Void>empty() : staleOrMissing(slug, version))
                .then(changes.publish(GUIDE, slug));
        return transaction.transactional(write);
    }

    private Mono<Void> staleOrMissing(String slug, long version) {
        return db.sql("SELECT version FROM guide WHERE slug = :slug").bind("slug", slug)
                .map(r -> ((Number) r.get("version")).longValue()).one()
                .flatMap(current -> Mono.<Void>error(new ConflictException("Guide " + slug + " is at version " + current
                        + ", not " + version + ": it changed since you read it. Read it again and reapply your change.")))
                .switchIfEmpty(Mono.error(new NotFoundException("No guide " + slug + ".")));
    }

    private Mono<Void> insertSections(String slug, GuideDraft g) {
        List<Mono<Void>> rows = new ArrayList<>();
        for (GuideContent.Source s : GuideDraft.orEmpty(g.sources())) {
            rows.add(insertRow("guide_source", slug, List.of(col("id", s.id(), Integer.class),
                    col("label", s.label(), String.class), col("url", s.url(), String.class))));
        }
        int i = 0;
        for (GuideContent.Classification c : GuideDraft.orEmpty(g.classifications())) {
            rows.add(insertRow("guide_classification", slug, List.of(col("position", ++i, Integer.class),
                    col("soc_code", c.socCode(), String.class), col("role", c.role(), String.class),
                    col("rationale", c.rationale(), String.class), ids(c.sources()))));
        }
        i = 0;
        for (GuideContent.KeyTakeaway k : GuideDraft.orEmpty(g.keyTakeaways())) {
            rows.add(insertRow("key_takeaway", slug, List.of(col("position", ++i, Integer.class),
                    col("takeaway", k.text(), String.class), ids(k.sources()))));
        }
        i = 0;
        for (GuideContent.ExperienceLevel l : GuideDraft.orEmpty(g.experienceLevels())) {
            List<Col> cols = new ArrayList<>(List.of(col("position", ++i, Integer.class),
                    col("level", l.level(), String.class), col("title", l.title(), String.class),
                    col("min_years", l.minYears(), Integer.class), col("max_years", l.maxYears(), Integer.class),
                    col("summary", l.summary(), String.class), ids(l.sources())));
            cols.addAll(range("base", l.baseSalary()));
            cols.addAll(range("phd_base", l.phdBaseSalary()));
            cols.addAll(range("total", l.totalCompensation()));
            cols.addAll(benchmark(l.benchmark()));
            rows.add(insertRow("experience_level", slug, cols));
        }
        i = 0;
        for (GuideContent.Specialization s : GuideDraft.orEmpty(g.specializations())) {
            List<Col> cols = new ArrayList<>(List.of(col("position", ++i, Integer.class),
                    col("name", s.name(), String.class), col("summary", s.summary(), String.class),
                    col("premium_min", min(s.premiumPercent()), Long.class),
                    col("premium_max", max(s.premiumPercent()), Long.class), ids(s.sources())));
            cols.addAll(range("base", s.baseSalary()));
            cols.addAll(benchmark(s.benchmark()));
            rows.add(insertRow("specialization", slug, cols));
        }
        i = 0;
        for (GuideContent.Benefit b : GuideDraft.orEmpty(g.benefits())) {
            List<Col> cols = new ArrayList<>(List.of(col("position", ++i, Integer.class),
                    col("name", b.name(), String.class), col("summary", b.summary(), String.class),
                    col("unit", b.unit(), String.class),
                    col("base_percent_min", min(b.percentOfBase()), Long.class),
                    col("base_percent_max", max(b.percentOfBase()), Long.class),
                    col("example_base", b.exampleBase(), Long.class), ids(b.sources())));
            cols.addAll(range("amount", b.amount()));
            rows.add(insertRow("benefit", slug, cols));
        }
        for (GuideContent.NegotiationStep s : GuideDraft.orEmpty(g.negotiationSteps())) {
            rows.add(insertRow("negotiation_step", slug, List.of(col("step", s.step(), Integer.class),
                    col("title", s.title(), String.class), col("detail", s.detail(), String.class), ids(s.sources()))));
            int f = 0;
            for (GuideContent.Figure fig : GuideDraft.orEmpty(s.figures())) {
                rows.add(insertRow("negotiation_figure", slug, figure(col("step", s.step(), Integer.class), ++f, fig)));
            }
        }
        i = 0;
        for (GuideContent.CareerRole r : GuideDraft.orEmpty(g.careerProgression())) {
            List<Col> cols = new ArrayList<>(List.of(col("position", ++i, Integer.class),
                    col("title", r.title(), String.class), col("track", r.track(), String.class),
                    col("summary", r.summary(), String.class), ids(r.sources())));
            cols.addAll(range("base", r.baseSalary()));
            rows.add(insertRow("career_role", slug, cols));
        }
        for (GuideContent.SalaryGrowth s : GuideDraft.orEmpty(g.salaryGrowth())) {
            rows.add(insertRow("salary_growth", slug, List.of(col("from_level", s.fromLevel(), String.class),
                    col("to_level", s.toLevel(), String.class), col("years_min", min(s.years()), Long.class),
                    col("years_max", max(s.years()), Long.class),
                    col("increase_percent_min", min(s.increasePercent()), Long.class),
                    col("increase_percent_max", max(s.increasePercent()), Long.class), ids(s.sources()))));
        }
        i = 0;
        for (GuideContent.Highlight h : GuideDraft.orEmpty(g.highlights())) {
            Col position = col("position", ++i, Integer.class);
            rows.add(insertRow("highlight", slug, List.of(position, col("section_name", h.section(), String.class),
                    col("statement", h.text(), String.class), ids(h.sources()))));
            int f = 0;
            for (GuideContent.Figure fig : GuideDraft.orEmpty(h.figures())) {
                rows.add(insertRow("highlight_figure", slug,
                        figure(col("highlight_position", position.value(), Integer.class), ++f, fig)));
            }
        }
        for (Map.Entry<String, List<Integer>> e : g.sectionSources().entrySet()) {
            rows.add(insertRow("section_source", slug, List.of(col("section_name", e.getKey(), String.class),
                    ids(e.getValue()))));
        }
        i = 0;
        for (GuideContent.Faq f : GuideDraft.orEmpty(g.faq())) {
            rows.add(insertRow("faq", slug, List.of(col("position", ++i, Integer.class),
                    col("question", f.question(), String.class), col("answer", f.answer(), String.class),
                    ids(f.sources()))));
        }
        return Flux.concat(rows).then();
    }

    /** One column value with its type, so that a null can still be bound. */
    private record Col(String name, Object value, Class<?> type) {
    }

    private static Col col(String name, Object value, Class<?> type) {
        return new Col(name, value, type);
    }

    private static Col ids(List<Integer> sources) {
        return ids("source_ids", sources);
    }

    /** Citations are stored as their ids, comma separated ("3,5"). */
    private static Col ids(String column, List<Integer> sources) {
        return col(column, sources == null ? "" : sources.stream().map(String::valueOf)
                .collect(Collectors.joining(",")), String.class);
    }

    private static List<Col> figure(Col owner, int position, GuideContent.Figure fig) {
        return List.of(owner, col("position", position, Integer.class), col("label", fig.label(), String.class),
                col("unit", fig.unit(), String.class), col("min_value", fig.min(), Long.class),
                col("max_value", fig.max(), Long.class), col("max_at_least", fig.maxAtLeast(), Long.class),
                ids(fig.sources()));
    }

    private static List<Col> benchmark(GuideContent.Benchmark b) {
        GuideContent.Percentiles p = b == null ? null : b.percentiles();
        return List.of(col("benchmark_soc", b == null ? null : b.socCode(), String.class),
                col("benchmark_percentile_min", p == null ? null : p.min(), Integer.class),
                col("benchmark_percentile_max", p == null ? null : p.max(), Integer.class));
    }

    private static List<Col> range(String prefix, Range r) {
        return List.of(col(prefix + "_min", min(r), Long.class), col(prefix + "_max", max(r), Long.class),
                col(prefix + "_max_at_least", r == null ? null : r.maxAtLeast(), Long.class));
    }

    private static Long min(Range r) {
        return r == null ? null : r.min();
    }

    private static Long max(Range r) {
        return r == null ? null : r.max();
    }

    private Mono<Void> insertRow(String table, String slug, List<Col> columns) {
        List<Col> all = new ArrayList<>(columns);
        if (!"guide".equals(table)) {
            all.add(0, col("guide_slug", slug, String.class));
        }
        String sql = "INSERT INTO " + table + " (" + all.stream().map(Col::name).collect(Collectors.joining(", "))
                + ") VALUES (" + all.stream().map(c -> ":" + c.name()).collect(Collectors.joining(", ")) + ")";
        DatabaseClient.GenericExecuteSpec spec = db.sql(sql);
        for (Col c : all) {
            spec = spec.bind(c.name(), Parameter.fromOrEmpty(c.value(), c.type()));
        }
        return spec.fetch().rowsUpdated().then();
    }
}
