package com.salaryguide.wage.occupation;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long an occupation's figures are served from memory, and how many are kept. Any instance's write drops them
 * within about a second ({@link OccupationChanges}); the TTL bounds staleness only while this instance is not
 * listening for changes (its database connection for that dropped).
 */
@ConfigurationProperties("salaryguide.cache")
public record OccupationCacheProperties(@DefaultValue("30s") Duration ttl, @DefaultValue("5000") long maxEntries) {
}
