package com.salaryguide.gateway.advice;

import java.util.List;

import com.salaryguide.gateway.downstream.Deadline;
import com.salaryguide.gateway.downstream.DownstreamClient;
import com.salaryguide.gateway.downstream.Fetched;
import com.salaryguide.gateway.downstream.Service;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** What the gateway reads from advice-service, typed and cached. */
@Component
public class AdviceReads {

    private static final ParameterizedTypeReference<List<AdviceGuide.Summary>> SUMMARIES =
            new ParameterizedTypeReference<>() { };
    private static final ParameterizedTypeReference<List<AdviceGuide.Citation>> CITATIONS =
            new ParameterizedTypeReference<>() { };

    private final DownstreamClient client;

    public AdviceReads(DownstreamClient client) {
        this.client = client;
    }

    public Mono<Fetched<List<AdviceGuide.Summary>>> guides(Deadline deadline) {
        return client.read(Service.advice, SUMMARIES, deadline, "/api/v1/advice/guides");
    }

    public Mono<Fetched<AdviceGuide>> guide(String slug, Deadline deadline) {
        return client.read(Service.advice, AdviceGuide.class, deadline, "/api/v1/advice/guides/{slug}", slug);
    }

    /** The editorial guides citing an occupation. */
    public Mono<Fetched<List<AdviceGuide.Citation>>> citations(String socCode, Deadline deadline) {
        return client.read(Service.advice, CITATIONS, deadline, "/api/v1/advice/citations?socCode={soc}", socCode);
    }
}
