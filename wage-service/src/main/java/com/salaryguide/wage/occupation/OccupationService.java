package com.salaryguide.wage.occupation;

import java.util.List;

import com.salaryguide.wage.occupation.OccupationResponses.OccupationDetail;
import com.salaryguide.wage.occupation.OccupationResponses.OccupationPage;
import com.salaryguide.wage.occupation.OccupationResponses.Percentile;
import com.salaryguide.wage.occupation.OccupationResponses.PercentileRank;
import com.salaryguide.wage.occupation.OccupationResponses.ProjectedGrowth;
import com.salaryguide.problem.NotFoundException;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/** Occupation reads and the percentile rank of a salary against the latest national distribution. */
@Service
public class OccupationService {

    private final OccupationRepository repository;

    public OccupationService(OccupationRepository repository) {
        this.repository = repository;
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
        return occupation(socCode).flatMap(occupation -> Mono.zip(
                        repository.findLatestNationalWage(socCode).map(java.util.Optional::of)
                                .defaultIfEmpty(java.util.Optional.empty()),
                        repository.projections(socCode).next().map(java.util.Optional::of)
                                .defaultIfEmpty(java.util.Optional.empty()))
                .map(t -> {
                    NationalWage wage = t.getT1().orElse(null);
                    ProjectedGrowth growth = t.getT2().map(ProjectedGrowth::of).orElse(null);
                    if (wage == null) {
                        return new OccupationDetail(occupation.socCode(), occupation.title(), null, null, null, null,
                                List.of(), List.of(), growth);
                    }
                    return new OccupationDetail(occupation.socCode(), occupation.title(), wage.dataYear(),
                            wage.employment(), wage.annualMean(), wage.hourlyMean(),
                            wage.percentiles().stream().map(Percentile::of).toList(), wage.sources(), growth);
                }));
    }

    public Mono<PercentileRank> percentileRank(String socCode, long annual) {
        return occupation(socCode)
                .flatMap(o -> repository.findLatestNationalWage(socCode)
                        .filter(w -> w.percentiles().stream().anyMatch(p -> p.annualPoint().exact()))
                        .switchIfEmpty(Mono.error(new NotFoundException(
                                "Occupation " + socCode + " has no published annual wage percentiles."))))
                .map(wage -> {
                    PercentileRanking.Result r = PercentileRanking.rank(annual,
                            wage.percentiles().stream().map(WagePercentile::annualPoint).toList());
                    return new PercentileRank(socCode, wage.dataYear(), annual, r.percentileRank(), r.position());
                });
    }

    private Mono<Occupation> occupation(String socCode) {
        return repository.find(socCode)
                .switchIfEmpty(Mono.error(new NotFoundException("No occupation with SOC code " + socCode + ".")));
    }

    private static long pages(long total, int size) {
        return (total + size - 1) / size;
    }
}
