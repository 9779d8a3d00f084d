package com.salaryguide.geography.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.server.firewall.ServerWebExchangeFirewall;
import org.springframework.security.web.server.firewall.StrictServerWebExchangeFirewall;

/**
 * BLS names some areas with a slash ("Louisville/Jefferson County, KY-IN"), so an area's name in a path arrives with
 * an encoded slash (%2F), which Spring Security's default firewall refuses. Paths here are matched by segment and
 * the name is only ever compared with stored names, so the encoded slash is let through; the firewall's other
 * checks stay.
 */
@Configuration
public class PathFirewall {

    @Bean
    ServerWebExchangeFirewall encodedSlashFirewall() {
        StrictServerWebExchangeFirewall firewall = new StrictServerWebExchangeFirewall();
        firewall.setAllowUrlEncodedSlash(true);
        return firewall;
    }
}
