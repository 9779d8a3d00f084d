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
    private final AreaWriter writer;

    public AreaService(AreaRepository repository, AreaWriter writer) {
        this.repository = repository;
        this.writer = writer;
    }

    /** Creates or renames a metro area; the boolean says whether it was created. */
    public Mono<Saved<AreaView>> saveMetro(String cbsaCode, String name) {
        return writer.saveMetro(cbsaCode, name)
                .flatMap(created -> area(AreaType.metro, cbsaCode).map(a -> new Saved<>(a, created)));
    }

    /** Creates or updates an occupation's figure in an area; answers with the area's current figure and rank. */
    public Mono<Saved<RankedArea>> saveWage(AreaType type, String codeOrName, String occupation, AreaWageDraft draft) {
        List<com.salaryguide.problem.InvalidRequestException.FieldProblem> problems = draft.problems();
        if (!problems.isEmpty()) {
            return Mono.error(new com.salaryguide.problem.InvalidRequestException(problems));
        }
        return find(type, codeOrName).flatMap(area -> writer.saveWage(area.code(), occupation, draft)
                .flatMap(created -> areaWage(type, area.code(), occupation).map(w -> new Saved<>(w, created))));
    }

    public Mono<Void> deleteWage(AreaType type, String codeOrName, String occupation, int dataYear, long version) {
        return find(type, codeOrName).flatMap(area -> writer.deleteWage(area.code(), occupation, dataYear, version));
    }

    /** A written resource and whether the write created it (201) or changed it (200). */
    public record Saved<T>(T value, boolean created) {
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
