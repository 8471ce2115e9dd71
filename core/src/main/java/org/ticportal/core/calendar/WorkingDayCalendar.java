package org.ticportal.core.calendar;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.ticportal.core.audit.AuditService;
import org.ticportal.core.audit.AuditSubject;
import org.ticportal.core.common.BusinessException;

/**
 * The working-day calendar: answers "is D a working day" and "the end of N working days from D", marking an answer
 * provisional when it runs into a year not yet loaded; administrators import years from CSV.
 */
@Service
@Transactional(readOnly = true)
public class WorkingDayCalendar {

    private final CalendarDayRepository days;
    private final CalendarYearRepository years;
    private final AuditService audit;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;

    WorkingDayCalendar(CalendarDayRepository days, CalendarYearRepository years, AuditService audit, Clock clock,
                       org.springframework.context.ApplicationEventPublisher events) {
        this.days = days;
        this.years = years;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
    }

    /** Whether a day is a working day. */
    @PreAuthorize("isAuthenticated()")
    public WorkingDays.Answer isWorkingDay(LocalDate day) {
        return workingDays(day.getYear(), day.getYear()).isWorkingDay(day);
    }

    /** The period of {@code n} working days from {@code start} (day 1 is {@code start} if it is a working day). */
    @PreAuthorize("isAuthenticated()")
    public WorkingDays.Period period(LocalDate start, int n) {
        int lastYear = start.getYear() + 1 + n / 200;
        return workingDays(start.getYear(), lastYear).period(start, n, true);
    }

    /**
     * The same, for the workflow and the portal's own work (closing notices at night); reads only.
     *
     * @param startCounts whether {@code start} is day 1 when it is a working day
     */
    @PreAuthorize("isAuthenticated()")
    public WorkingDays.Period periodFor(LocalDate start, int n, boolean startCounts) {
        int lastYear = start.getYear() + 1 + n / 200;
        return workingDays(start.getYear(), lastYear).period(start, n, startCounts);
    }

    /** The loaded years with their sources, newest first. */
    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU')")
    public List<CalendarYear> years() {
        return years.findAll(org.springframework.data.domain.Sort.by("year").descending());
    }

    /** The special days of a year, in order. */
    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU')")
    public List<CalendarDay> specialDays(int year) {
        return days.findByDayBetweenOrderByDay(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /**
     * Imports a holiday CSV: every year it contains replaces what was loaded for that year. Returns the years
     * imported.
     *
     * @param source where the data comes from (e.g. the State Council notice), or empty to use the file's first
     *               comment line
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Set<Integer> importCsv(Reader csv, String source) {
        return load(csv, source, true);
    }

    /** Loads a CSV at start-up: only years not loaded yet, so that administrators' edits are kept. */
    @Transactional
    Set<Integer> seed(Reader csv) {
        return load(csv, "", false);
    }

    private Set<Integer> load(Reader csv, String source, boolean replace) {
        CalendarCsv.Parsed parsed;
        try {
            parsed = CalendarCsv.parse(csv);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (parsed.days().isEmpty()) {
            throw new BusinessException("calendar.csv.empty");
        }
        String note = source == null || source.isBlank() ? parsed.source() : source.strip();
        if (note.isBlank()) {
            throw BusinessException.onField("source", "calendar.source.required");
        }
        note = note.length() > 500 ? note.substring(0, 500) : note;
        Map<Integer, List<CalendarDay>> byYear = parsed.days().stream()
                .collect(Collectors.groupingBy(d -> d.getDay().getYear(), TreeMap::new, Collectors.toList()));
        Set<Integer> imported = new java.util.TreeSet<>();
        String actor = AuditService.currentActor();
        for (var entry : byYear.entrySet()) {
            int year = entry.getKey();
            var existing = years.findById(year);
            if (existing.isPresent() && !replace) {
                continue;
            }
            days.deleteByDayBetween(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
            days.flush();
            days.saveAll(entry.getValue());
            if (existing.isPresent()) {
                existing.get().reload(note, clock.instant(), actor);
            } else {
                years.save(new CalendarYear(year, note, clock.instant(), actor));
            }
            audit.record(AuditSubject.CALENDAR, Integer.toString(year), existing.isPresent() ? "RELOADED" : "LOADED",
                    null, entry.getValue().size() + " days", note);
            imported.add(year);
        }
        if (!imported.isEmpty()) {
            events.publishEvent(new CalendarYearsLoaded(imported));
        }
        return imported;
    }

    private WorkingDays workingDays(int fromYear, int toYear) {
        Map<LocalDate, DayKind> special = new HashMap<>();
        days.findByDayBetweenOrderByDay(LocalDate.of(fromYear, 1, 1), LocalDate.of(toYear, 12, 31))
                .forEach(d -> special.put(d.getDay(), d.getKind()));
        Set<Integer> loaded = years.findAllById(java.util.stream.IntStream.rangeClosed(fromYear, toYear).boxed()
                .toList()).stream().map(CalendarYear::getYear).collect(Collectors.toSet());
        return new WorkingDays(special, loaded);
    }
}
