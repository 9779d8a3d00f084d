package com.salaryguide.geography.importing;

import java.math.BigDecimal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/** salaryguide.oews.*: what BLS's "#" stands for in the imported release, and the largest file accepted. */
@ConfigurationProperties("salaryguide.oews")
public record OewsProperties(@DefaultValue("239200") BigDecimal annualTopCode,
                             @DefaultValue("115.00") BigDecimal hourlyTopCode,
                             @DefaultValue("1GB") DataSize maxFileSize) {
}
