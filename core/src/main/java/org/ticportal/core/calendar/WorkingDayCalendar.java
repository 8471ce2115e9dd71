package org.ticportal.core.calendar;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.ticportal.core.audit.AuditAction;
import org.ticportal.core.audit.AuditService;
import org.ticportal.core.audit.AuditSubject;
import org.ticportal.core.common.BusinessException;

/**
 * The working-day calendar: answers "is D a working day" and "the end of N working days from D", marking an answer
 * provisional when it runs into a year not yet loaded; administrators import years from CSV and edit a loaded year
 * day by day.
 *
 * <p>A year is edited as a whole: every edit names the version of the year the administrator saw and moves it on, so
 * an edit made on a stale view of the year is refused ({@link OptimisticLockingFailureException}). Every change is
 * audited under {@link AuditSubject#CALENDAR} with the year as subject, and publishes {@link CalendarYearsLoaded}
 * (after commit) so that provisional dates are counted again.
 */
@Service
@Transactional(readOnly = true)
public class WorkingDayCalendar {

    /** The years an administrator may create. */
    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2099;

    private final CalendarDayRepository days;
    private final CalendarYearRepository years;
    private final AuditService audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final EntityManager entityManager;

    WorkingDayCalendar(CalendarDayRepository days, CalendarYearRepository years, AuditService audit, Clock clock,
                       ApplicationEventPublisher events, EntityManager entityManager) {
        this.days = days;
        this.years = years;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
        this.entityManager = entityManager;
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

    /**
     * How many working days lie after {@code from} up to and including {@code to} (0 when {@code to} is not after
     * {@code from}): how many are left until a time limit's last day. A day of a year not loaded counts as the
     * regular week says.
     */
    @PreAuthorize("isAuthenticated()")
    public int workingDaysAfter(LocalDate from, LocalDate to) {
        if (!to.isAfter(from)) {
            return 0;
        }
        WorkingDays known = workingDays(from.getYear(), to.getYear());
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (known.isWorkingDay(day).working()) {
                count++;
            }
        }
        return count;
    }

    /**
     * The first working day after {@code day}: where a period counted from the next working day begins (the public
     * result notice of an evaluation, decided on {@code day}). Open to anyone, as the notices it dates are.
     */
    @PreAuthorize("permitAll()")
    public LocalDate firstWorkingDayAfter(LocalDate day) {
        return workingDays(day.getYear(), day.getYear() + 1).period(day, 1, false).first();
    }

    /**
     * Whether the current user may change the calendar (import, create years, edit days): administrators. Screens ask
     * this to show their edit actions; each edit checks it again.
     */
    @PreAuthorize("isAuthenticated()")
    public boolean mayEdit() {
        var user = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
        return user != null && user.getAuthorities().stream().anyMatch(a -> "ROLE_ADMIN".equals(a.getAuthority()));
    }

    /** The loaded years with their sources, newest first. */
    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU')")
    public List<CalendarYear> years() {
        return years.findAll(Sort.by("year").descending());
    }

    /** One loaded year, if it is loaded. */
    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU')")
    public Optional<CalendarYear> year(int year) {
        return years.findById(year);
    }

    /** The loaded years, newest first, with their numbers of holidays and make-up working days. */
    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU')")
    public List<YearSummary> yearSummaries() {
        Map<Integer, int[]> counts = new HashMap<>();
        for (Object[] row : days.countByYearAndKind()) {
            int[] c = counts.computeIfAbsent(((Number) row[0]).intValue(), y -> new int[2]);
            c[row[1] == DayKind.HOLIDAY ? 0 : 1] += ((Number) row[2]).intValue();
        }
        return years().stream().map(y -> {
            int[] c = counts.getOrDefault(y.getYear(), new int[2]);
            return new YearSummary(y, c[0], c[1]);
        }).toList();
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
        return load(csv, source, true, p -> { }).years();
    }

    /**
     * Imports a holiday CSV as {@link #importCsv(Reader, String)} does, telling {@code progress} how far it got (from
     * the calling thread, inside the import's transaction: the listener should only hand the news on). A bad line is
     * refused with its number and nothing is stored.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public ImportResult importCsv(Reader csv, String source, Consumer<ImportProgress> progress) {
        return load(csv, source, true, progress);
    }

    /** Loads a CSV at start-up: only years not loaded yet, so that administrators' edits are kept. */
    @Transactional
    Set<Integer> seed(Reader csv) {
        return load(csv, "", false, p -> { }).years();
    }

    /**
     * Declares a year loaded with no special days yet (every weekday a working day until days are added), with the
     * source that says so.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public CalendarYear createYear(int year, String source) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw BusinessException.onField("year", "calendar.year.range", FIRST_YEAR, LAST_YEAR);
        }
        String note = SpecialDayRules.source(source);
        if (years.existsById(year)) {
            throw BusinessException.onField("year", "calendar.year.exists", year);
        }
        CalendarYear created = years.saveAndFlush(new CalendarYear(year, note, clock.instant(),
                AuditService.currentActor()));
        audit.record(AuditSubject.CALENDAR, Integer.toString(year), AuditAction.CREATED, null, "0 days", note);
        changed(year);
        return created;
    }

    /** Changes the note of where a year's calendar comes from. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public CalendarYear changeSource(int year, long expectedVersion, String source) {
        String note = SpecialDayRules.source(source);
        CalendarYear y = edit(year, expectedVersion);
        String before = y.getSource();
        y.changeSource(note, clock.instant(), AuditService.currentActor());
        audit.record(AuditSubject.CALENDAR, Integer.toString(year), AuditAction.SOURCE_CHANGED, abbreviate(before),
                abbreviate(note), null);
        return done(y);
    }

    /** Adds a special day to a loaded year; refused when the date is already a special day. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public CalendarDay addSpecialDay(int year, long expectedVersion, SpecialDayDraft draft) {
        SpecialDayDraft d = SpecialDayRules.check(year, draft);
        CalendarYear y = edit(year, expectedVersion);
        LocalDate date = d.date();
        if (days.existsById(date)) {
            throw BusinessException.onField("date", "calendar.day.exists", date.getYear(), date.getMonthValue(),
                    date.getDayOfMonth());
        }
        CalendarDay day = days.saveAndFlush(new CalendarDay(date, d.kind(), d.name()));
        y.edited(clock.instant(), AuditService.currentActor());
        audit.record(AuditSubject.CALENDAR, Integer.toString(year), AuditAction.DAY_ADDED, null, describe(day), null);
        done(y);
        return day;
    }

    /**
     * Changes a special day of a loaded year: its kind and name, and its date (within the year; refused when the new
     * date is already a special day).
     *
     * @param day the date of the special day as it was
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public CalendarDay changeSpecialDay(int year, long expectedVersion, LocalDate day, SpecialDayDraft draft) {
        SpecialDayDraft d = SpecialDayRules.check(year, draft);
        CalendarYear y = edit(year, expectedVersion);
        CalendarDay current = existing(year, day);
        String before = describe(current);
        CalendarDay result;
        if (d.date().equals(day)) {
            current.change(d.kind(), d.name());
            result = days.saveAndFlush(current);
        } else {
            LocalDate date = d.date();
            if (days.existsById(date)) {
                throw BusinessException.onField("date", "calendar.day.exists", date.getYear(), date.getMonthValue(),
                        date.getDayOfMonth());
            }
            days.delete(current);
            days.flush();
            result = days.saveAndFlush(new CalendarDay(date, d.kind(), d.name()));
        }
        y.edited(clock.instant(), AuditService.currentActor());
        audit.record(AuditSubject.CALENDAR, Integer.toString(year), AuditAction.DAY_CHANGED, before, describe(result), null);
        done(y);
        return result;
    }

    /** Removes a special day from a loaded year: the day then follows the week again. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public CalendarYear removeSpecialDay(int year, long expectedVersion, LocalDate day) {
        CalendarYear y = edit(year, expectedVersion);
        CalendarDay current = existing(year, day);
        String before = describe(current);
        days.delete(current);
        days.flush();
        y.edited(clock.instant(), AuditService.currentActor());
        audit.record(AuditSubject.CALENDAR, Integer.toString(year), AuditAction.DAY_REMOVED, before, null, null);
        return done(y);
    }

    /** A loaded year at the version the administrator saw, locked so that this edit moves its version on. */
    private CalendarYear edit(int year, long expectedVersion) {
        CalendarYear y = years.findById(year).orElseThrow(() -> new BusinessException("calendar.year.notLoaded", year));
        if (y.getVersion() != expectedVersion) {
            throw new OptimisticLockingFailureException("calendar year " + year + " was changed by someone else "
                    + "(version " + y.getVersion() + ", expected " + expectedVersion + ")");
        }
        entityManager.lock(y, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        return y;
    }

    private CalendarDay existing(int year, LocalDate day) {
        if (day.getYear() != year) {
            throw BusinessException.onField("date", "calendar.day.outsideYear", year);
        }
        return days.findById(day).orElseThrow(() -> new BusinessException("calendar.day.notFound", day.getYear(),
                day.getMonthValue(), day.getDayOfMonth()));
    }

    private CalendarYear done(CalendarYear y) {
        years.flush();
        changed(y.getYear());
        return y;
    }

    private void changed(int year) {
        events.publishEvent(new CalendarYearsLoaded(Set.of(year)));
    }

    private static String describe(CalendarDay day) {
        return day.getDay() + " " + day.getKind() + " " + day.getName();
    }

    private static @Nullable String abbreviate(@Nullable String text) {
        return text == null || text.length() <= 255 ? text : text.substring(0, 254) + "…";
    }

    private ImportResult load(Reader csv, @Nullable String source, boolean replace,
                              Consumer<ImportProgress> progress) {
        CalendarCsv.Parsed parsed;
        try {
            parsed = CalendarCsv.parse(csv);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (parsed.days().isEmpty()) {
            throw new BusinessException("calendar.csv.empty");
        }
        String note;
        if (source == null || source.isBlank()) {
            // the file's own first comment line
            note = parsed.source().length() > CalendarYear.MAX_SOURCE
                    ? parsed.source().substring(0, CalendarYear.MAX_SOURCE) : parsed.source();
            if (note.isBlank()) {
                throw BusinessException.onField("source", "calendar.source.required");
            }
        } else {
            note = SpecialDayRules.source(source);
        }
        Map<Integer, List<CalendarDay>> byYear = parsed.days().stream()
                .collect(Collectors.groupingBy(d -> d.getDay().getYear(), TreeMap::new, Collectors.toList()));
        int total = 1 + byYear.size();
        int done = 1;
        progress.accept(new ImportProgress(done, total, null));
        SortedMap<Integer, Integer> imported = new TreeMap<>();
        Set<Integer> replaced = new TreeSet<>();
        String actor = AuditService.currentActor();
        for (var entry : byYear.entrySet()) {
            int year = entry.getKey();
            var existing = years.findById(year);
            if (existing.isPresent() && !replace) {
                progress.accept(new ImportProgress(++done, total, year));
                continue;
            }
            days.deleteByDayBetween(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
            days.flush();
            days.saveAll(entry.getValue());
            if (existing.isPresent()) {
                existing.get().reload(note, clock.instant(), actor);
                replaced.add(year);
            } else {
                years.save(new CalendarYear(year, note, clock.instant(), actor));
            }
            audit.record(AuditSubject.CALENDAR, Integer.toString(year), existing.isPresent() ? AuditAction.RELOADED : AuditAction.LOADED,
                    null, entry.getValue().size() + " days", note);
            imported.put(year, entry.getValue().size());
            progress.accept(new ImportProgress(++done, total, year));
        }
        if (!imported.isEmpty()) {
            days.flush();
            events.publishEvent(new CalendarYearsLoaded(imported.keySet()));
        }
        return new ImportResult(imported, replaced, note);
    }

    private WorkingDays workingDays(int fromYear, int toYear) {
        Map<LocalDate, DayKind> special = new HashMap<>();
        days.findByDayBetweenOrderByDay(LocalDate.of(fromYear, 1, 1), LocalDate.of(toYear, 12, 31))
                .forEach(d -> special.put(d.getDay(), d.getKind()));
        Set<Integer> loaded = years.findAllById(IntStream.rangeClosed(fromYear, toYear).boxed().toList()).stream()
                .map(CalendarYear::getYear).collect(Collectors.toSet());
        return new WorkingDays(special, loaded);
    }
}
