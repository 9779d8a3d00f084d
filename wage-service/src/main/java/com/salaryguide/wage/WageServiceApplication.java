package com.salaryguide.wage;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Owns occupations (SOC code, title), their national wage percentiles and employment projections. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class WageServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(WageServiceApplication.class, args);
    }
}
