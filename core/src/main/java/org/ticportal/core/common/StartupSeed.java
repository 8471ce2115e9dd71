package org.ticportal.core.common;

/**
 * Data the portal loads at start-up that a user needs as soon as the login page answers: the demo accounts, the
 * working-day calendars, the demo expert pool and calls. {@link StartupSeeding} runs every such bean (in
 * {@link org.springframework.core.annotation.Order} order) while the context is refreshed, before the web server
 * accepts its first request, so that "up" means "can log in" (issue 13, P3/P8). Work that may wait for a running
 * portal (scheduled closers) stays on {@code ApplicationReadyEvent}.
 */
public interface StartupSeed {

    /** Loads what is missing; called once per start, on the starting thread. */
    void seed() throws Exception;
}
