package com.salaryguide.gateway.downstream;

import java.util.List;

import org.springframework.cloud.client.ServiceInstance;
import org.springframework.cloud.loadbalancer.core.ServiceInstanceListSupplier;
import org.springframework.cloud.loadbalancer.support.LoadBalancerClientFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * The load balancer's instance list of one service (registered in each service's load-balancer child context by
 * {@link ServiceInstances}; deliberately not a component, so the main context never sees it): the configured
 * instances, filtered by their readiness probes ({@link ReadinessCheckedInstances}), avoiding the instance a retry
 * just failed on.
 */
class ServiceInstanceList {

    @Bean
    ServiceInstanceListSupplier configuredServiceInstances(ConfigurableApplicationContext context,
                                                           DownstreamProperties properties) {
        String serviceId = context.getEnvironment().getProperty(LoadBalancerClientFactory.PROPERTY_NAME);
        List<ServiceInstance> instances = ServiceInstances.instances(serviceId,
                properties.instances(Service.ofServiceId(serviceId)));
        ServiceInstanceListSupplier ready = new ReadinessCheckedInstances(serviceId, instances,
                WebClient.builder().build(), properties.probe());
        return ServiceInstanceListSupplier.builder().withBase(ready).withRetryAwareness().build(context);
    }
}
