package com.salaryguide.server;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.reactor.netty.NettyReactiveWebServerFactory;
import org.springframework.boot.reactor.netty.NettyServerCustomizer;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import reactor.netty.NettyPipeline;

/** Connection timeouts against slow or stalled clients, and a draining shutdown, for every process's Netty server. */
@AutoConfiguration
@ConditionalOnClass(NettyReactiveWebServerFactory.class)
@EnableConfigurationProperties(ServerTimeoutsProperties.class)
public class ServerTimeoutsAutoConfiguration {

    @Bean
    WebServerFactoryCustomizer<NettyReactiveWebServerFactory> serverTimeouts(ServerTimeoutsProperties timeouts) {
        NettyServerCustomizer customizer = server -> server
                .idleTimeout(timeouts.idleTimeout())
                .readTimeout(timeouts.bodyReadTimeout())
                .doOnChannelInit((observer, channel, remote) -> {
                    if (channel.pipeline().get(NettyPipeline.HttpCodec) != null) {
                        channel.pipeline().addAfter(NettyPipeline.HttpCodec, RequestHeadDeadline.NAME,
                                new RequestHeadDeadline(timeouts.requestHeadTimeout()));
                    }
                });
        return factory -> factory.addServerCustomizers(customizer);
    }

    @Bean
    ShutdownDrain shutdownDrain(ApplicationContext context, ServerTimeoutsProperties timeouts) {
        return new ShutdownDrain(context, timeouts.shutdownDrain());
    }
}
