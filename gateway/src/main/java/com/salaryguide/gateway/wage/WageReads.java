package com.salaryguide.gateway.wage;

import com.salaryguide.gateway.downstream.Deadline;
import com.salaryguide.gateway.downstream.DownstreamClient;
import com.salaryguide.gateway.downstream.Fetched;
import com.salaryguide.gateway.downstream.Service;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** What the gateway reads from wage-service, typed and cached. */
@Component
public class WageReads {

    private final DownstreamClient client;

    public WageReads(DownstreamClient client) {
        this.client = client;
    }

    /** An occupation with its latest national figures. */
    public Mono<Fetched<NationalFigures>> occupation(String socCode, Deadline deadline) {
        return client.read(Service.wage, NationalFigures.class, deadline, "/api/v1/occupations/{soc}", socCode);
    }

    /** Every year of an occupation's national figures. */
    public Mono<Fetched<WageHistory>> history(String socCode, Deadline deadline) {
        return client.read(Service.wage, WageHistory.class, deadline, "/api/v1/occupations/{soc}/wages", socCode);
    }
}
