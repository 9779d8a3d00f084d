package com.salaryguide.wage.editing;

import java.util.List;

import com.salaryguide.problem.InvalidRequestException;
import com.salaryguide.problem.InvalidRequestException.FieldProblem;
import com.salaryguide.problem.NotFoundException;
import com.salaryguide.wage.occupation.OccupationRepository;
import com.salaryguide.wage.occupation.OccupationService;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Validates hand edits, writes them, and drops the edited occupation from the read cache so this instance serves
 * the new figures at once (other instances when the write's change reaches them, see OccupationChanges).
 */
@Service
public class OccupationEditService {

    private final OccupationWriter writer;
    private final OccupationRepository repository;
    private final OccupationService reads;

    public OccupationEditService(OccupationWriter writer, OccupationRepository repository, OccupationService reads) {
        this.writer = writer;
        this.repository = repository;
        this.reads = reads;
    }

    /** The occupation as written, and whether it was created. */
    public record SavedOccupation(String socCode, String title, long version, boolean created) {
    }

    public Mono<SavedOccupation> saveOccupation(String soc, String title, Long version) {
        return writer.saveOccupation(soc, title, version)
                .map(v -> new SavedOccupation(soc, title, v, version == null))
                .doOnSuccess(saved -> reads.forgetCachedFigures(soc));
    }

    public Mono<Void> deleteOccupation(String soc, long version) {
        return writer.deleteOccupation(soc, version).doOnSuccess(done -> reads.forgetCachedFigures(soc));
    }

    public Mono<NationalFigures> figures(String soc, int year) {
        return repository.findNationalWage(soc, year).map(NationalFigures::of)
                .switchIfEmpty(Mono.error(new NotFoundException("No " + year + " figures for " + soc + ".")));
    }

    /** The figures as stored after the write, and whether they were created. */
    public Mono<SavedFigures> saveFigures(String soc, int year, NationalFiguresDraft draft) {
        List<FieldProblem> problems = draft.problems();
        if (!problems.isEmpty()) {
            return Mono.error(new InvalidRequestException(problems));
        }
        return writer.saveFigures(soc, year, draft)
                .doOnSuccess(created -> reads.forgetCachedFigures(soc))
                .flatMap(created -> figures(soc, year).map(f -> new SavedFigures(f, created)));
    }

    public record SavedFigures(NationalFigures figures, boolean created) {
    }

    public Mono<Void> deleteFigures(String soc, int year, long version) {
        return writer.deleteFigures(soc, year, version).doOnSuccess(done -> reads.forgetCachedFigures(soc));
    }
}
