package com.salaryguide.gateway.routing;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Title and conventions of the public API; each routed service's own document is listed beside it in Swagger UI. */
@Configuration
class OpenApiDescription {

    @Bean
    OpenAPI salaryGuideApi() {
        return new OpenAPI().info(new Info()
                .title("Salary Guide API")
                .version("v1")
                .description("""
                        All public traffic goes through this gateway. This document covers every public path: the \
                        gateway's own (/api/v1/guides...) and the routed services' (/api/v1/occupations, \
                        /api/v1/geography, /api/v1/advice), merged from the services' documents, which are also \
                        served one by one at /api-docs/wage-service, /api-docs/geography-service and \
                        /api-docs/advice-service.

                        Conventions: JSON is camelCase; annual amounts are whole US dollars, hourly amounts have two \
                        decimals. A range whose top is open ("$211,450+") has max null; a printed top followed by "+" \
                        ("$170,000-$220,000+") has max null and maxAtLeast holding the printed top. Figures the guide \
                        cites carry "sources": [n], ids into the guide's sources list.

                        Errors are application/problem+json (RFC 9457) with type, title, status, detail; problem types \
                        are /problems/validation (400, with errors: [{field, message}]), /problems/not-found (404), \
                        /problems/conflict (409) and /problems/unavailable (503); 401, 403, 405, 413, 415 and 429 \
                        are problems too. Writes need a bearer JWT with scope salary.write."""));
    }
}
