package org.ticportal.core.common;

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
 */
@Component
class StartupSeeding implements SmartLifecycle {

    /** Before the web server's start phase. */
    static final int PHASE = Integer.MAX_VALUE - 4096;

    private final ObjectProvider<StartupSeed> seeds;
    private volatile boolean seeded;

    StartupSeeding(ObjectProvider<StartupSeed> seeds) {
        this.seeds = seeds;
    }

    @Override
    public void start() {
        if (seeded) {
            return;
        }
        seeds.orderedStream().forEach(seed -> {
            try {
                seed.seed();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException("Start-up data " + seed.getClass().getName() + " failed", e);
            }
        });
        seeded = true;
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
