package com.salaryguide.gateway.downstream;

import static org.assertj.core.api.Assertions.assertThat;

import com.salaryguide.server.ServerTimeoutsProperties;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.StandardEnvironment;

class PooledConnectionsTest {

    @Test
    void pooledConnectionsAreDroppedWellBeforeAServiceClosesThem() {
        // a service closes a kept-alive connection that brings no request head within its request-head timeout; a
        // pool keeping idle connections about as long raced that close (reads failed "prematurely closed" under load)
        ServerTimeoutsProperties services = Binder.get(new StandardEnvironment())
                .bindOrCreate("salaryguide.server", ServerTimeoutsProperties.class);
        assertThat(DownstreamClient.POOL_MAX_IDLE.multipliedBy(2)).isLessThanOrEqualTo(services.requestHeadTimeout());
        assertThat(DownstreamClient.POOL_MAX_IDLE).isLessThan(services.idleTimeout());
    }
}
