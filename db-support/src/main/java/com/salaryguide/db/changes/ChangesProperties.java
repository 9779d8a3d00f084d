package com.salaryguide.db.changes;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The change feed's timing (salaryguide.changes.*).
 *
 * <p>{@code keepAlive}: how often an idle change connection shows it is alive. The listening database connection is
 * checked with a query this often (a connection that died without a word is noticed within this bound), and each
 * event stream gets a comment line this often, so proxies and load balancers that close quiet connections (often
 * after 30-60 s) keep it open and its client can tell a stalled stream from a quiet one.
 *
 * <p>{@code reconnectMinBackoff}..{@code reconnectMaxBackoff}: the wait before each new attempt to listen after the
 * connection dropped, doubling from the first to the second; short enough that a database restart costs seconds of
 * coherence, long enough not to hammer a database that is down.
 *
 * <p>{@code startWait}: how long start-up waits for the first LISTEN, so that an instance reports ready only once
 * it hears other instances' writes; past it the instance starts anyway and keeps trying in the background.
 */
@ConfigurationProperties("salaryguide.changes")
public record ChangesProperties(@DefaultValue("15s") Duration keepAlive,
                                @DefaultValue("500ms") Duration reconnectMinBackoff,
                                @DefaultValue("10s") Duration reconnectMaxBackoff,
                                @DefaultValue("10s") Duration startWait) {
}
