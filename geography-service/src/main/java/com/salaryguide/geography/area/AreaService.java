package com.salaryguide.geography.area;

import java.util.List;

import com.salaryguide.geography.area.AreaResponses.AreaView;
import com.salaryguide.geography.area.AreaResponses.RankedArea;
import com.salaryguide.geography.area.AreaResponses.RankedAreas;
import com.salaryguide.problem.NotFoundException;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/** Ranked area wages and single-area lookups for an occupation (SOC code or guide slug). */
@Service
public class AreaService {

    private final AreaRepository repository;

    public AreaService(AreaRepository repository) {
        this.repository = repository;
    }

    public Mono<RankedAreas> ranked(String occupation, AreaType type, int limit) {
        return rankedAll(occupation, type).map(all -> new RankedAreas(occupation, type, all.dataYear(),
                all.ranked().size(),
                all.ranked().stream().limit(limit).map(r -> RankedArea.of(r.rank(), r.wage())).toList()));
    }

    public Mono<AreaView> area(AreaType type, String codeOrName) {
        return find(type, codeOrName).map(AreaView::of);
    }

    public Mono<RankedArea> areaWage(AreaType type, String codeOrName, String occupation) {
        return find(type, codeOrName).flatMap(area -> rankedAll(occupation, type)
                .flatMap(all -> Mono.justOrEmpty(all.wages().stream()
                        .filter(w -> w.area().code().equals(area.code())).findFirst()
                        .map(w -> RankedArea.of(all.rankOf(area.code()), w))))
                .switchIfEmpty(Mono.error(new NotFoundException(
                        "No wage figures for occupation " + occupation + " in " + area.name() + "."))));
    }

    private Mono<Area> find(AreaType type, String codeOrName) {
        Mono<Area> byCode = repository.findByCode(type, codeOrName);
        Mono<Area> lookup = type == AreaType.metro
                ? byCode.switchIfEmpty(Mono.defer(() -> repository.findByName(type, codeOrName)))
                : byCode;
        return lookup.switchIfEmpty(Mono.error(new NotFoundException("No " + (type == AreaType.state ? "state" : "metro area")
                + " " + codeOrName + ".")));
    }

    private Mono<Ranking> rankedAll(String occupation, AreaType type) {
        return repository.latestYear(occupation, type)
                .switchIfEmpty(Mono.error(new NotFoundException(
                        "No " + type + " wage figures for occupation " + occupation + ".")))
                .flatMap(year -> repository.wages(occupation, type, year).collectList()
                        .map(wages -> new Ranking(year, wages, AreaRanking.rank(wages))));
    }

    private record Ranking(int dataYear, List<AreaWage> wages, List<AreaRanking.Ranked> ranked) {
        Integer rankOf(String code) {
            return ranked.stream().filter(r -> r.wage().area().code().equals(code)).map(AreaRanking.Ranked::rank)
                    .findFirst().orElse(null);
        }
    }
}
