package com.salaryguide.gateway.routing;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * How the gateway treats routed calls (salaryguide.routing.*). {@code maxBodySize} bounds a routed request body (a
 * path under one of {@code routedPrefixes}), {@code maxOwnBodySize} a body the gateway reads itself (an offer),
 * {@code maxImportSize} the bodies of the import paths (whole BLS files); both are enforced before and while the
 * body is proxied, so an oversized body is answered 413 by the gateway instead of breaking the upstream connection.
 * {@code importTimeout} replaces the routed calls' response timeout on the import paths. {@code retryAfter} is what a 502/503/504 for an unreachable, broken or slow upstream tells the client to wait.
 * {@code shortReads} sends public reads of the services past the web filter chain ({@link RoutedReads}).
 */
@ConfigurationProperties("salaryguide.routing")
public record RoutingProperties(DataSize maxBodySize, DataSize maxOwnBodySize, DataSize maxImportSize,
                                List<String> importPaths, List<String> routedPrefixes, Duration importTimeout,
                                Duration retryAfter, boolean shortReads) {
}
