package com.salaryguide.geography.area;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.salaryguide.geography.area.AreaResponses.AreaFigures;
import com.salaryguide.geography.area.AreaResponses.AreaFiguresList;
import com.salaryguide.geography.area.AreaResponses.AreaView;
import com.salaryguide.geography.area.AreaResponses.ConcentratedArea;
import com.salaryguide.geography.area.AreaResponses.ConcentrationRanking;
import com.salaryguide.geography.area.AreaResponses.RankedAreaFigures;
import com.salaryguide.geography.area.AreaResponses.RankedWage;
import com.salaryguide.geography.area.AreaResponses.WageRanking;
import com.salaryguide.problem.InvalidRequestException;
import com.salaryguide.problem.NotFoundException;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/** Area lookups, area figures and rankings for an occupation (SOC code or guide slug), and hand writes of them. */
@Service
public class AreaService {

    /** What /states/{code} addresses: the areas keyed by USPS code. */
    public static final Set<AreaType> STATE_LEVEL = EnumSet.of(AreaType.STATE, AreaType.TERRITORY);
    public static final Set<AreaType> METROS = EnumSet.of(AreaType.METRO);
    public static final Set<AreaType> ALL = EnumSet.allOf(AreaType.class);

    private final AreaRepository repository;
    private final AreaWriter writer;

    public AreaService(AreaRepository repository, AreaWriter writer) {
        this.repository = repository;
        this.writer = writer;
    }

    /** A written resource and whether the write created it (201) or changed it (200). */
    public record Saved<T>(T value, boolean created) {
    }

    /** Any area by code (a state's case-insensitively) or by exact name (case-insensitively). */
    public Mono<AreaView> area(String codeOrName) {
        return find(ALL, codeOrName, "area").map(AreaView::of);
    }

    public Mono<AreaView> area(Set<AreaType> types, String codeOrName) {
        return find(types, codeOrName, label(types)).map(AreaView::of);
    }

    /** The area's figures of the latest data year of its kind, with its rank by annual mean among that kind. */
    public Mono<RankedAreaFigures> areaFigures(Set<AreaType> types, String codeOrName, String occupation) {
        return find(types, codeOrName, label(types)).flatMap(area -> rankedByWage(occupation, area.areaType(),
                        WageSort.ANNUAL_MEAN_WAGE)
                .flatMap(all -> Mono.justOrEmpty(all.wages().stream()
                        .filter(w -> w.area().code().equals(area.code())).findFirst()
                        .map(w -> RankedAreaFigures.of(all.rankOf(area.code()), w))))
                .switchIfEmpty(Mono.error(new NotFoundException(
                        "No wage figures for occupation " + occupation + " in " + area.name() + "."))));
    }

    /** Each asked (occupation, area) pair's latest figures, in the order asked; pairs without figures left out. */
    public Mono<AreaFiguresList> latestFigures(List<String> occupations, List<String> areaCodes) {
        return repository.latestWages(occupations, areaCodes).collectList().map(wages -> {
            Map<String, AreaWage> byPair = new HashMap<>();
            wages.forEach(w -> byPair.put(w.occupation() + "|" + w.area().code(), w));
            List<AreaFigures> items = new ArrayList<>();
            for (String occupation : occupations) {
                for (String code : areaCodes) {
                    AreaWage w = byPair.get(occupation + "|" + code);
                    if (w != null) {
                        items.add(AreaFigures.of(w));
                    }
                }
            }
            return new AreaFiguresList(items);
        });
    }

    public Mono<WageRanking> wageRanking(String occupation, AreaType type, WageSort sort, int limit) {
        return rankedByWage(occupation, type, sort).map(all -> new WageRanking(occupation, type, all.dataYear(), sort,
                all.ranked().size(),
                all.ranked().stream().limit(limit).map(r -> RankedWage.of(r.rank(), r.wage())).toList()));
    }

    /** Areas (of the given kinds) ranked by how concentrated the occupation is there, in the latest data year. */
    public Mono<ConcentrationRanking> concentration(String occupation, Set<AreaType> types, ConcentrationSort sort,
                                                    int limit) {
        return repository.latestYear(occupation, types)
                .switchIfEmpty(Mono.error(new NotFoundException("No " + label(types) + " figures for occupation "
                        + occupation + ".")))
                .flatMap(year -> repository.wages(occupation, types, year).collectList().map(wages -> {
                    List<AreaRanking.Ranked> ranked = AreaRanking.byConcentration(wages, sort);
                    return new ConcentrationRanking(occupation, year, sort, ranked.size(), ranked.stream().limit(limit)
                            .map(r -> ConcentratedArea.of(r.rank(), r.wage())).toList());
                }));
    }

    /** Creates or renames a metro area; the boolean says whether it was created. */
    public Mono<Saved<AreaView>> saveMetro(String cbsaCode, String name, String state) {
        return writer.saveMetro(cbsaCode, name, state)
                .flatMap(created -> area(METROS, cbsaCode).map(a -> new Saved<>(a, created)));
    }

    /** Creates or updates an occupation's figure in an area; answers with the area's current figure and rank. */
    public Mono<Saved<RankedAreaFigures>> saveWage(Set<AreaType> types, String codeOrName, String occupation,
                                                   AreaWageDraft draft) {
        List<InvalidRequestException.FieldProblem> problems = draft.problems();
        if (!problems.isEmpty()) {
            return Mono.error(new InvalidRequestException(problems));
        }
        return find(types, codeOrName, label(types)).flatMap(area -> writer.saveWage(area.code(), occupation, draft)
                .flatMap(created -> areaFigures(types, area.code(), occupation).map(w -> new Saved<>(w, created))));
    }

    public Mono<Void> deleteWage(Set<AreaType> types, String codeOrName, String occupation, int dataYear,
                                 long version) {
        return find(types, codeOrName, label(types))
                .flatMap(area -> writer.deleteWage(area.code(), occupation, dataYear, version));
    }

    private Mono<Area> find(Set<AreaType> types, String codeOrName, String label) {
        return repository.findByCode(types, codeOrName)
                .switchIfEmpty(Mono.defer(() -> repository.findByName(types, codeOrName)))
                .switchIfEmpty(Mono.error(new NotFoundException("No " + label + " " + codeOrName + ".")));
    }

    private Mono<Ranking> rankedByWage(String occupation, AreaType type, WageSort sort) {
        Set<AreaType> types = EnumSet.of(type);
        return repository.latestYear(occupation, types)
                .switchIfEmpty(Mono.error(new NotFoundException(
                        "No " + type.value() + " wage figures for occupation " + occupation + ".")))
                .flatMap(year -> repository.wages(occupation, types, year).collectList()
                        .map(wages -> new Ranking(year, wages, AreaRanking.byWage(wages, sort))));
    }

    private static String label(Set<AreaType> types) {
        if (types.equals(STATE_LEVEL)) {
            return "state or territory";
        }
        if (types.equals(METROS)) {
            return "metro area";
        }
        return "area";
    }

    private record Ranking(int dataYear, List<AreaWage> wages, List<AreaRanking.Ranked> ranked) {
        Integer rankOf(String code) {
            return ranked.stream().filter(r -> r.wage().area().code().equals(code)).map(AreaRanking.Ranked::rank)
                    .findFirst().orElse(null);
        }
    }
}
