package com.salaryguide.wage.importing;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * salaryguide.advice.*: where advice-service answers which occupations its guides cite (several addresses, comma
 * separated, are tried in order), and how long an import waits for each before refusing with 503.
 */
@ConfigurationProperties("salaryguide.advice")
public record AdviceProperties(@DefaultValue("http://localhost:8083") List<URI> url,
                               @DefaultValue("2s") Duration timeout) {
}
