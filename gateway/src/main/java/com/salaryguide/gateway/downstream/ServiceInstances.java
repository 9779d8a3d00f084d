package com.salaryguide.gateway.downstream;

import java.net.URI;
import java.util.List;

import org.springframework.cloud.client.DefaultServiceInstance;
import org.springframework.cloud.client.ServiceInstance;
import org.springframework.cloud.loadbalancer.annotation.LoadBalancerClients;
import org.springframework.cloud.loadbalancer.core.ServiceInstanceListSupplier;
import org.springframework.cloud.loadbalancer.support.LoadBalancerClientFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;

/**
 * The instances of each service come from configuration (WAGE_SERVICE_URL and the others, comma-separated), not
 * from a discovery server: in Kubernetes one URL names a Service that balances itself; elsewhere several instances'
 * URLs are listed. Each instance's readiness probe is checked (salaryguide.downstream.probe.*, see
 * {@link ReadinessCheckedInstances}), so an instance that is down, starting, or draining before a shutdown stops
 * getting traffic within about a second; a retry goes to another instance (retry awareness).
 */
@Configuration
@LoadBalancerClients(defaultConfiguration = ServiceInstanceList.class)
public class ServiceInstances {

    static List<ServiceInstance> instances(String serviceId, List<URI> urls) {
        return urls.stream().map(url -> (ServiceInstance) new DefaultServiceInstance(
                serviceId + "@" + url.getHost() + ":" + port(url), serviceId, url.getHost(), port(url),
                "https".equals(url.getScheme()))).toList();
    }

    private static int port(URI url) {
        return url.getPort() > 0 ? url.getPort() : "https".equals(url.getScheme()) ? 443 : 80;
    }
}
