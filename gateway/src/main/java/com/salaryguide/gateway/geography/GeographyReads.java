package com.salaryguide.gateway.geography;

import java.util.List;

import com.salaryguide.gateway.downstream.Deadline;
import com.salaryguide.gateway.downstream.DownstreamClient;
import com.salaryguide.gateway.downstream.Fetched;
import com.salaryguide.gateway.downstream.Service;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** What the gateway reads from geography-service, typed and cached. */
@Component
public class GeographyReads {

    /** How areas are ranked by wage. */
    public enum WageSort {
        ANNUAL_MEAN("annualMeanWage"), ANNUAL_MEDIAN("annualMedianWage");

        final String parameter;

        WageSort(String parameter) {
            this.parameter = parameter;
        }
    }

    /** The kinds of area geography-service ranks by wage. */
    public enum RankedKind {
        STATES("states"), METROS("metros");

        final String path;

        RankedKind(String path) {
            this.path = path;
        }
    }

    private final DownstreamClient client;

    public GeographyReads(DownstreamClient client) {
        this.client = client;
    }

    /** Areas of one kind ranked for an occupation (SOC code or guide slug). */
    public Mono<Fetched<AreaRanking>> ranking(RankedKind kind, String occupation, WageSort sort, int limit,
                                              Deadline deadline) {
        return client.read(Service.geography, AreaRanking.class, deadline,
                "/api/v1/geography/" + kind.path + "?occupation={occupation}&limit={limit}&sort={sort}",
                occupation, limit, sort.parameter);
    }

    /** The areas where an occupation is most concentrated (location quotient). */
    public Mono<Fetched<AreaRanking.Concentration>> concentration(String occupation, int limit, Deadline deadline) {
        return client.read(Service.geography, AreaRanking.Concentration.class, deadline,
                "/api/v1/geography/areas?occupation={occupation}&sort=locationQuotient&limit={limit}",
                occupation, limit);
    }

    /** An area by its code or exact name. */
    public Mono<Fetched<Area>> area(String codeOrName, Deadline deadline) {
        return client.read(Service.geography, Area.class, deadline, "/api/v1/geography/areas/{area}", codeOrName);
    }

    /** The latest figures of each (occupation, area) pair that has any. */
    public Mono<Fetched<AreaFigures.Batch>> figures(List<String> occupations, List<String> areaCodes,
                                                   Deadline deadline) {
        return client.read(Service.geography, AreaFigures.Batch.class, deadline,
                "/api/v1/geography/wages?occupation={occupations}&area={areas}",
                String.join(",", occupations), String.join(",", areaCodes));
    }
}
