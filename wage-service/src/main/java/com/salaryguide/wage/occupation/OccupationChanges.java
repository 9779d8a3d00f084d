package com.salaryguide.wage.occupation;

import com.salaryguide.db.changes.Change;
import com.salaryguide.db.changes.Changes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;

/**
 * Keeps this instance's cached figures in step with every instance's writes. Each write announces what it changed,
 * in its transaction, through db-support's {@link Changes}: an occupation created, renamed or deleted
 * ({@link #OCCUPATION}) or a year's national figures written or deleted ({@link #NATIONAL_FIGURES}), keyed by SOC
 * code; an import announces all occupations (no key). When any instance's change arrives, the occupation's cached
 * figures (all of them for an import, or when the instance may have missed changes) are dropped here, so another
 * instance's edit is served within about a second instead of after the cache TTL.
 */
@Component
public class OccupationChanges implements SmartInitializingSingleton, DisposableBean {

    public static final String OCCUPATION = "occupation";
    public static final String NATIONAL_FIGURES = "national-figures";

    private static final Logger log = LoggerFactory.getLogger(OccupationChanges.class);

    private final Changes changes;
    private final OccupationService reads;
    private Disposable subscription;

    public OccupationChanges(Changes changes, OccupationService reads) {
        this.changes = changes;
        this.reads = reads;
    }

    /** Subscribed before the change feed starts listening, so its first announcement is not missed. */
    @Override
    public void afterSingletonsInstantiated() {
        subscription = changes.stream().subscribe(this::drop,
                error -> log.error("No longer dropping cached figures on other instances' writes", error));
    }

    private void drop(Change change) {
        if (change.key() == null || Change.ANY.equals(change.kind())) {
            reads.forgetCachedFigures();
        } else {
            reads.forgetCachedFigures(change.key());
        }
    }

    @Override
    public void destroy() {
        if (subscription != null) {
            subscription.dispose();
        }
    }
}
