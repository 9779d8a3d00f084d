package com.salaryguide.gateway.ratelimit;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.caffeine.Bucket4jCaffeine;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.AsyncProxyManager;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.cloud.gateway.filter.ratelimit.Bucket4jRateLimiter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The bucket store behind Spring Cloud Gateway's Bucket4j rate limiter (which the gateway builds once a store
 * exists): Redis, shared by every gateway instance, when SPRING_DATA_REDIS_HOST is set; otherwise this instance's
 * memory.
 */
@Configuration
public class RateLimiterConfiguration {

    static final String LIMITED = "api";

    @Bean(destroyMethod = "shutdown")
    @ConditionalOnProperty("spring.data.redis.host")
    RedisClient rateLimitRedisClient(org.springframework.core.env.Environment env) {
        RedisURI uri = RedisURI.builder().withHost(env.getProperty("spring.data.redis.host"))
                .withPort(env.getProperty("spring.data.redis.port", Integer.class, 6379)).build();
        String password = env.getProperty("spring.data.redis.password");
        if (password != null && !password.isEmpty()) {
            uri.setPassword(password.toCharArray());
        }
        return RedisClient.create(uri);
    }

    @Bean
    @ConditionalOnProperty("spring.data.redis.host")
    AsyncProxyManager<String> redisBuckets(RedisClient client, RateLimitProperties limits) {
        StatefulRedisConnection<String, byte[]> connection =
                client.connect(RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE));
        return Bucket4jLettuce.casBasedBuilder(connection).expirationAfterWrite(expiry(limits)).build().asAsync();
    }

    @Bean
    @ConditionalOnMissingBean(AsyncProxyManager.class)
    AsyncProxyManager<String> localBuckets(RateLimitProperties limits) {
        return Bucket4jCaffeine.<String>builderFor(Caffeine.newBuilder().maximumSize(100_000))
                .expirationAfterWrite(expiry(limits)).build().asAsync();
    }

    /** The budget for /api/**, registered on the Bucket4jRateLimiter that Spring Cloud Gateway builds on the store. */
    static void registerBudget(Bucket4jRateLimiter limiter, RateLimitProperties limits) {
        Bucket4jRateLimiter.Config config = new Bucket4jRateLimiter.Config()
                .setCapacity(limits.capacity())
                .setRefillTokens(limits.refillTokens())
                .setRefillPeriod(limits.refillPeriod());
        config.setConfigurationSupplier(config.getConfigurationBuilder());
        limiter.getConfig().put(LIMITED, config);
    }

    /** A bucket is forgotten once it would be full again anyway. */
    private static ExpirationAfterWriteStrategy expiry(RateLimitProperties limits) {
        long periods = Math.max(1, (limits.capacity() + limits.refillTokens() - 1) / limits.refillTokens());
        Duration refill = limits.refillPeriod().multipliedBy(periods);
        return ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(refill);
    }
}
