package org.ticportal.core.common;

import java.time.Duration;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Runs the {@link StartupSeed}s once per start, when the context is refreshed and before the web server accepts its
 * first request: an {@code ApplicationRunner} or a ready event runs only after the server listens, when the login page
 * already answers but the demo accounts do not exist yet. A lifecycle bean starting in the phase {@value #PHASE}, just
 * before Spring Boot's web server ({@code WebServerApplicationContext.START_STOP_LIFECYCLE_PHASE},
 * {@code Integer.MAX_VALUE - 2048}): every singleton exists by then (the database migrated, the policy plugins started)
 * and every {@code SmartInitializingSingleton} has run (Vaadin installs its security context strategy in one, which
 * {@link SystemAuthentication} needs). A seed that fails fails the start, as a runner did.
 *
 * <p>Several portal nodes on one database (issue 14) seed one after the other under the cluster lock
 * {@value #LOCK}: a node that finds it held waits, then runs its seeds, which find everything loaded (each seed loads
 * only what is missing). Two nodes starting together thus neither duplicate a demo account nor fail on a unique key.
 */
@Component
class StartupSeeding implements SmartLifecycle {

    /** Before the web server's start phase. */
    static final int PHASE = Integer.MAX_VALUE - 4096;

    /** The lock's name: one node loads start-up data at a time. */
    static final String LOCK = "startup-seed";

    private final ObjectProvider<StartupSeed> seeds;
    private final ClusterLocks locks;
    private volatile boolean seeded;

    StartupSeeding(ObjectProvider<StartupSeed> seeds, ClusterLocks locks) {
        this.seeds = seeds;
        this.locks = locks;
    }

    @Override
    public void start() {
        if (seeded) {
            return;
        }
        locks.awaitOnce(LOCK, Duration.ofMinutes(10), Duration.ofMinutes(15), () -> {
            seedAll();
            return null;
        });
        seeded = true;
    }

    private void seedAll() {
        seeds.orderedStream().forEach(seed -> {
            try {
                seed.seed();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException("Start-up data " + seed.getClass().getName() + " failed", e);
            }
        });
    }

    @Override
    public void stop() {
        // nothing to undo: the data stays
    }

    /** Started once seeded; stays so (a context stop and restart does not seed again). */
    @Override
    public boolean isRunning() {
        return seeded;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }
}
