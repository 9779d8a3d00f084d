package com.salaryguide.wage.occupation;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** How long an occupation's figures are served from memory (the staleness bound), and how many are kept. */
@ConfigurationProperties("salaryguide.cache")
public record OccupationCacheProperties(@DefaultValue("30s") Duration ttl, @DefaultValue("5000") long maxEntries) {
}
