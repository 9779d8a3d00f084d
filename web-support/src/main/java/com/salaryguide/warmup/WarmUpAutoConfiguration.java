package com.salaryguide.warmup;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/** Start-up warm-up for any process that lists paths in salaryguide.warm-up.paths (SALARYGUIDE_WARM_UP_ENABLED=false turns it off). */
@AutoConfiguration
@ConditionalOnProperty(name = "salaryguide.warm-up.enabled", havingValue = "true", matchIfMissing = true)
public class WarmUpAutoConfiguration {

    @Bean
    StartupWarmUp startupWarmUp(Environment environment) {
        Binder binder = Binder.get(environment);
        List<String> paths = binder.bind("salaryguide.warm-up.paths", Bindable.listOf(String.class)).orElse(List.of());
        List<StartupWarmUp.Post> posts = binder.bind("salaryguide.warm-up.posts",
                Bindable.listOf(StartupWarmUp.Post.class)).orElse(List.of());
        int rounds = binder.bind("salaryguide.warm-up.rounds", Integer.class).orElse(5);
        Duration timeout = binder.bind("salaryguide.warm-up.timeout", Duration.class).orElse(Duration.ofSeconds(5));
        List<String> await = binder.bind("salaryguide.warm-up.await", Bindable.listOf(String.class)).orElse(List.of());
        String awaitPath = binder.bind("salaryguide.warm-up.await-path", String.class).orElse("");
        Duration awaitLimit = binder.bind("salaryguide.warm-up.await-limit", Duration.class).orElse(Duration.ofSeconds(60));
        boolean exitAfter = binder.bind("salaryguide.warm-up.exit-after", Boolean.class).orElse(false);
        return new StartupWarmUp(new StartupWarmUp.WarmUpProperties(paths, posts, rounds, timeout, await, awaitPath,
                awaitLimit, exitAfter));
    }
}
