package com.salaryguide.gateway.downstream;

/**
 * The services behind the gateway. The name is also the circuit breaker's id; {@code serviceId} is the load
 * balancer's name for the service (and the host of its load-balanced URLs, http://wage-service/...).
 */
public enum Service {
    wage("wage-service"), geography("geography-service"), advice("advice-service");

    private final String serviceId;

    Service(String serviceId) {
        this.serviceId = serviceId;
    }

    public String serviceId() {
        return serviceId;
    }

    /** The base URL through the load balancer. */
    public String url() {
        return "http://" + serviceId;
    }

    public static Service ofServiceId(String serviceId) {
        for (Service s : values()) {
            if (s.serviceId.equals(serviceId)) {
                return s;
            }
        }
        throw new IllegalArgumentException("not a service behind the gateway: " + serviceId);
    }
}
