package com.salaryguide.bench;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/** A WebFlux endpoint that does nothing: what one HTTP round trip costs on this machine, for the benchmark's ratios. */
@SpringBootApplication
public class BaselineApplication {

    public static void main(String[] args) {
        SpringApplication.run(BaselineApplication.class, args);
    }

    @Bean
    RouterFunction<ServerResponse> bare() {
        return RouterFunctions.route().GET("/bare", request -> ServerResponse.ok()
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"ok\":true}")).build();
    }
}
