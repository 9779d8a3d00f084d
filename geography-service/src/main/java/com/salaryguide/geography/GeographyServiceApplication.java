package com.salaryguide.geography;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Owns wages by area: states and metropolitan areas, their rankings, and OEWS state/metro data. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class GeographyServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(GeographyServiceApplication.class, args);
    }
}
