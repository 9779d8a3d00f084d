package com.salaryguide.wage.occupation;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Page sizes for occupation listings (salaryguide.paging.*). */
@ConfigurationProperties("salaryguide.paging")
public record PagingProperties(@DefaultValue("20") int defaultSize, @DefaultValue("100") int maxSize) {
}
