package com.salaryguide.wage.occupation;

import java.util.List;
import java.util.Optional;

import com.salaryguide.wage.occupation.OccupationResponses.OccupationDetail;
import com.salaryguide.wage.occupation.OccupationResponses.OccupationPage;
import com.salaryguide.wage.occupation.OccupationResponses.PercentileRank;
import com.salaryguide.wage.occupation.OccupationResponses.WageHistory;
import com.salaryguide.wage.occupation.OccupationResponses.WageYear;
import com.salaryguide.problem.NotFoundException;
import com.salaryguide.ranking.PercentileRanking;
import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Occupation reads and the percentile rank of a salary against the latest national distribution. An occupation's
 * figures (row, latest distribution, projection) are read together and kept in memory for the configured TTL:
 * they change only through imports and edits, and both the detail and every percentile-rank request need them.
 * Every year's figures (the history) are kept beside them for the same TTL and dropped by the same edits and imports,
 * whichever instance takes them ({@link OccupationChanges}).
 */
@Service
public class OccupationService {

    private final OccupationRepository repository;
    private final AsyncCache<String, Snapshot> snapshots;
    private final AsyncCache<String, WageHistory> histories;

    public OccupationService(OccupationRepository repository, OccupationCacheProperties cache) {
        this.repository = repository;
        this.snapshots = Caffeine.newBuilder().expireAfterWrite(cache.ttl()).maximumSize(cache.maxEntries())
                .buildAsync();
        this.histories = Caffeine.newBuilder().expireAfterWrite(cache.ttl()).maximumSize(cache.maxEntries())
                .buildAsync();
    }

    /** What one occupation's reads need, loaded in one go. */
    private record Snapshot(OccupationRepository.VersionedOccupation occupation, NationalWage wage,
                            EmploymentProjection projection) {
    }

    /** Empty for an unknown SOC code (not cached, so a later import is seen at once). */
    private Mono<Snapshot> snapshot(String socCode) {
        return Mono.fromFuture(() -> snapshots.get(socCode, (soc, executor) -> load(soc).toFuture()))
                .onErrorResume(NoSuchOccupation.class, e -> Mono.empty());
    }

    private Mono<Snapshot> load(String socCode) {
        return repository.find(socCode)
                .switchIfEmpty(Mono.error(new NoSuchOccupation()))
                .flatMap(o -> Mono.zip(
                        repository.findLatestNationalWage(socCode).map(Optional::of).defaultIfEmpty(Optional.empty()),
                        repository.projections(socCode).next().map(Optional::of).defaultIfEmpty(Optional.empty()))
                        .map(t -> new Snapshot(o, t.getT1().orElse(null), t.getT2().orElse(null))));
    }

    private Mono<WageHistory> loadHistory(String socCode) {
        return repository.find(socCode)
                .switchIfEmpty(Mono.error(new NoSuchOccupation()))
                .flatMap(o -> repository.findNationalWages(socCode).map(WageYear::of).collectList()
                        .map(years -> new WageHistory(o.occupation().socCode(), o.occupation().title(), years)));
    }

    /** Signals an unknown SOC code out of the cache loader without caching it. */
    private static final class NoSuchOccupation extends RuntimeException {
        NoSuchOccupation() {
            super(null, null, false, false);
        }
    }

    /** After a hand edit: the next read of this occupation goes to the database. */
    public void forgetCachedFigures(String socCode) {
        snapshots.synchronous().invalidate(socCode);
        histories.synchronous().invalidate(socCode);
    }

    /** After an import: the next read of any occupation goes to the database. */
    public void forgetCachedFigures() {
        snapshots.synchronous().invalidateAll();
        histories.synchronous().invalidateAll();
    }

    public Mono<OccupationPage> search(String text, int page, int size) {
        long offset = (long) page * size;
        if (offset > Integer.MAX_VALUE) {
            return repository.count(text).map(total -> new OccupationPage(List.of(), page, size, total, pages(total, size)));
        }
        return Mono.zip(repository.search(text, (int) offset, size).collectList(), repository.count(text))
                .map(t -> new OccupationPage(t.getT1(), page, size, t.getT2(), pages(t.getT2(), size)));
    }

    public Mono<OccupationDetail> detail(String socCode) {
        return known(socCode).map(snap -> OccupationDetail.of(snap.occupation().occupation(),
                snap.occupation().version(), snap.wage(), snap.projection()));
    }

    /** Every data year's national figures, newest first. */
    public Mono<WageHistory> history(String socCode) {
        return Mono.fromFuture(() -> histories.get(socCode, (soc, executor) -> loadHistory(soc).toFuture()))
                .onErrorResume(NoSuchOccupation.class, e -> Mono.empty())
                .switchIfEmpty(Mono.error(() -> unknown(socCode)));
    }

    public Mono<PercentileRank> percentileRank(String socCode, long annual) {
        // an occupation created by hand has no figures until some are written or imported
        return known(socCode)
                .flatMap(snap -> Mono.justOrEmpty(snap.wage()))
                .filter(w -> w.percentiles().stream().anyMatch(p -> p.annualPoint().exact()))
                .switchIfEmpty(Mono.error(() -> new NotFoundException(
                        "Occupation " + socCode + " has no annual wage figures to rank against.")))
                .map(wage -> {
                    PercentileRanking.Result r = PercentileRanking.rank(annual,
                            wage.percentiles().stream().map(WagePercentile::annualPoint).toList());
                    return new PercentileRank(socCode, wage.dataYear(), annual, r.percentileRank(), r.position());
                });
    }

    /** The 404 (with its stack trace) is built only when the occupation is unknown, not on every read. */
    private Mono<Snapshot> known(String socCode) {
        return snapshot(socCode).switchIfEmpty(Mono.error(() -> unknown(socCode)));
    }

    private static NotFoundException unknown(String socCode) {
        return new NotFoundException("No occupation with SOC code " + socCode + ".");
    }

    private static long pages(long total, int size) {
        return (total + size - 1) / size;
    }
}
