package org.ticportal.core.calendar;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CalendarDayRepository extends JpaRepository<CalendarDay, LocalDate> {

    List<CalendarDay> findByDayBetweenOrderByDay(LocalDate from, LocalDate to);

    void deleteByDayBetween(LocalDate from, LocalDate to);

    /** Rows of (year, kind, count) over all special days. */
    @Query("select year(d.day), d.kind, count(d) from CalendarDay d group by year(d.day), d.kind")
    List<Object[]> countByYearAndKind();
}
