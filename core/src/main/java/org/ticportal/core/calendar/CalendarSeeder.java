package org.ticportal.core.calendar;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.ticportal.core.common.StartupSeed;

/**
 * Loads the working-day calendars the portal ships ({@code calendars/*.csv} on the class path) and those an operator
 * puts in the calendar folder ({@code ticportal.calendar.dir}, default {@code config/calendars}), for years not yet in
 * the database. Years already loaded are left alone: administrators' edits win. Loaded before the web server starts
 * ({@link StartupSeed}): deadlines a user sees count working days.
 */
@Component
@Order(50)
class CalendarSeeder implements StartupSeed {

    private static final Logger LOG = LoggerFactory.getLogger(CalendarSeeder.class);

    private final WorkingDayCalendar calendar;
    private final Path folder;

    CalendarSeeder(WorkingDayCalendar calendar, @Value("${ticportal.calendar.dir:config/calendars}") Path folder) {
        this.calendar = calendar;
        this.folder = folder;
    }

    @Override
    public void seed() throws IOException {
        for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:calendars/*.csv")) {
            try (var reader = new InputStreamReader(r.getInputStream(), StandardCharsets.UTF_8)) {
                log(r.getFilename(), calendar.seed(reader));
            }
        }
        if (Files.isDirectory(folder)) {
            try (var files = Files.list(folder)) {
                for (Path csv : files.filter(p -> p.toString().endsWith(".csv")).sorted().toList()) {
                    try (var reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
                        log(csv.toString(), calendar.seed(reader));
                    } catch (RuntimeException e) {
                        LOG.error("Cannot load the calendar {}: {}", csv, e.getMessage());
                    }
                }
            }
        }
    }

    private static void log(String what, Set<Integer> years) {
        if (!years.isEmpty()) {
            LOG.info("Loaded the working-day calendar for {} from {}", years, what);
        }
    }
}
