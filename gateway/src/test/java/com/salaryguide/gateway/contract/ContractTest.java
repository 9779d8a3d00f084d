package com.salaryguide.gateway.contract;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A consumer contract test of the gateway: the gateway's application context (for its JSON reader, breakers and
 * downstream settings, as configured) and a Pact mock server playing one service. The same annotation on every
 * contract test gives them one cached context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = "salaryguide.warm-up.enabled=false")
@ExtendWith(PactConsumerTestExt.class)
public @interface ContractTest {
}
