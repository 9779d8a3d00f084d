package com.salaryguide.gateway.downstream;

import java.util.List;

import org.springframework.cloud.client.ServiceInstance;
import org.springframework.cloud.loadbalancer.core.ServiceInstanceListSupplier;
import org.springframework.cloud.loadbalancer.support.LoadBalancerClientFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;

/**
 * The load balancer's instance list of one service (registered in each service's load-balancer child context by
 * {@link ServiceInstances}; deliberately not a component, so the main context never sees it): the configured
 * instances, filtered by their readiness probes, avoiding the instance a retry just failed on.
 */
class ServiceInstanceList {

    @Bean
    ServiceInstanceListSupplier configuredServiceInstances(ConfigurableApplicationContext context,
                                                           DownstreamProperties properties) {
        String serviceId = context.getEnvironment().getProperty(LoadBalancerClientFactory.PROPERTY_NAME);
        List<ServiceInstance> instances = ServiceInstances.instances(serviceId,
                properties.instances(Service.ofServiceId(serviceId)));
        ServiceInstanceListSupplier configured = new ServiceInstanceListSupplier() {
            @Override
            public String getServiceId() {
                return serviceId;
            }

            @Override
            public Flux<List<ServiceInstance>> get() {
                return Flux.just(instances);
            }
        };
        return ServiceInstanceListSupplier.builder().withBase(configured)
                .withHealthChecks(WebClient.builder().build())
                .withRetryAwareness()
                .build(context);
    }
}
