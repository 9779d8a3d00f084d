package com.salaryguide.advice;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Owns the editorial content of salary guides. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class AdviceServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(AdviceServiceApplication.class, args);
    }
}
