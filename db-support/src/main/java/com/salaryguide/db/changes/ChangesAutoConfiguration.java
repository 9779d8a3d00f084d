package com.salaryguide.db.changes;

import io.r2dbc.spi.ConnectionFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.util.ClassUtils;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * The change feed for every process with an R2DBC database: {@link Changes} (through PostgreSQL's LISTEN/NOTIFY
 * when the database is PostgreSQL, within the process otherwise) and, in a reactive web application, its
 * {@link ChangeEvents} endpoint. A change names the service by {@code spring.application.name}.
 */
@AutoConfiguration(afterName = "org.springframework.boot.r2dbc.autoconfigure.R2dbcAutoConfiguration")
@ConditionalOnClass(ConnectionFactory.class)
@ConditionalOnBean(ConnectionFactory.class)
@EnableConfigurationProperties(ChangesProperties.class)
public class ChangesAutoConfiguration {

    private static final String POSTGRES_DRIVER = "io.r2dbc.postgresql.PostgresqlConnectionFactory";

    @Bean
    Changes changes(ConnectionFactory connectionFactory, Environment environment, ChangesProperties properties) {
        String service = environment.getProperty("spring.application.name", "application");
        if (!ClassUtils.isPresent(POSTGRES_DRIVER, ChangesAutoConfiguration.class.getClassLoader())) {
            return Changes.local(service);
        }
        return ChangeListener.driverFactory(connectionFactory)
                .map(driver -> Changes.postgres(service, connectionFactory, driver, properties))
                .orElseGet(() -> Changes.local(service));
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(RouterFunction.class)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
    static class EventStream {

        @Bean
        RouterFunction<ServerResponse> changeEvents(Changes changes, ChangesProperties properties) {
            return new ChangeEvents(changes, properties.keepAlive()).routes();
        }
    }
}
