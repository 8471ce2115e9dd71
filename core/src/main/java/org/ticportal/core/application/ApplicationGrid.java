package org.ticportal.core.application;

import java.util.List;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.ticportal.core.common.BusinessException;
import org.ticportal.core.common.ScrollPass;
import org.ticportal.core.user.AccessScope;
import org.ticportal.core.user.KnownScope;
import org.ticportal.core.user.UserService;

/**
 * The applications as lists (申报管理's grid and the lists built on it): the grid's pages ({@link #rows}) and counts,
 * every application matching a filter for a bulk action ({@link #allMatching}), and a page with its count for the
 * API and other features ({@link #list}). Each is limited to what the user's scope covers, with those waiting for
 * the user when the filter asks so. One application and its steps are {@link ApplicationService}'s.
 */
@Service
@Transactional(readOnly = true)
public class ApplicationGrid {

    /**
     * The most rows a bulk action takes when the user chooses every application matching the grid's filter
     * (选择全部符合条件的记录): one statement reads them, and the action runs in one transaction, which stays short
     * at this size (a reminder per row is a few inserts).
     */
    public static final int MAX_MATCHING = 2_000;
    /** The rows a page of the applications waiting for the user holds when they are streamed ({@link #stream}). */
    private static final int WAITING_PAGE = 500;

    private final ApplicationRepository applications;
    private final UserService users;
    private final ApplicationGridQueries grid;
    private final WaitingWork waiting;

    ApplicationGrid(ApplicationRepository applications, UserService users, ApplicationGridQueries grid,
                    WaitingWork waiting) {
        this.applications = applications;
        this.users = users;
        this.grid = grid;
        this.waiting = waiting;
    }

    /** One page of the applications the user may see, filtered and sorted in the database. */
    @PreAuthorize("isAuthenticated()")
    public Page<ApplicationRow> list(ApplicationFilter filter, Pageable pageable) {
        AccessScope scope = users.currentScope();
        return applications.findAll(scoped(scope, filter), pageable).map(ApplicationRow::of);
    }

    /** How many applications the user may see match the filter. */
    @PreAuthorize("isAuthenticated()")
    public long count(ApplicationFilter filter) {
        AccessScope scope = users.currentScope();
        return applications.count(scoped(scope, filter));
    }

    /**
     * Every application matching the filter within the user's scope, by id, for a bulk action on all of them: the
     * ids are the server's reading of the filter, never a client's list. Refused ({@code bulk.tooMany}) when more
     * than {@code max} match (at most {@link #MAX_MATCHING}), so that nobody acts on more than they were shown a
     * count of.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'BUREAU')")
    public List<ApplicationRow> allMatching(ApplicationFilter filter, int max) {
        if (max < 1 || max > MAX_MATCHING) {
            throw new IllegalArgumentException("max must be 1.." + MAX_MATCHING + ": " + max);
        }
        AccessScope scope = users.currentScope();
        long count = applications.count(scoped(scope, filter));
        if (count > max) {
            throw new BusinessException("bulk.tooMany", count, max);
        }
        return page(scope, filter, PageRequest.of(0, max, Sort.by("id")));
    }

    /**
     * A page of the filter's applications in an exact scope: the grid's one statement, or, for those waiting for the
     * user (whose rule is the workflow's specification, {@link WaitingWork#waitingFor}), their ids by that
     * specification and then their rows — the dashboard's few waiting rows, not a million.
     */
    private List<ApplicationRow> page(AccessScope scope, ApplicationFilter filter, Pageable pageable) {
        if (filter.waitingForMe()) {
            return grid.byIds(applications.findAll(scoped(scope, filter), pageable)
                    .map(RecognitionApplication::getId).getContent(), pageable.getSort());
        }
        return grid.page(KnownScope.exact(scope), filter, pageable);
    }

    /** What the user may see of the filter's applications, with those waiting for the user when it asks so. */
    private Specification<RecognitionApplication> scoped(AccessScope scope, ApplicationFilter filter) {
        Specification<RecognitionApplication> spec = ApplicationAccess.visibleTo(scope).and(filter.toSpecification());
        return filter.waitingForMe() ? spec.and(waiting.waitingFor(scope)) : spec;
    }

    /**
     * One page of the applications the user may see, as {@link #list} but for a grid over a large table: only the
     * shown columns are read, with the unit's name in the same statement, and no count is taken (the grid's
     * scroll range grows as pages come back full); rows that tie on the sort keep their order by id.
     *
     * <p>One statement a call, outside a transaction (benchmark P1: the scope's read and the transaction's
     * statements were most of a call's time): the user's scope as last read is checked in the page's own statement
     * ({@link UserService#knownScope()}); when the page comes back empty the scope is read again, and a changed scope
     * asks again.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public List<ApplicationRow> rows(ApplicationFilter filter, Pageable pageable) {
        return rows(filter, pageable, null);
    }

    /**
     * One page, as {@link #rows(ApplicationFilter, Pageable)}, for a grid being scrolled or an export reading page
     * after page: a deep page is sought after the last row of a page read before it in the same {@code pass} (keyset
     * paging; benchmark P1: 2 ms instead of 48 ms at row 100,000), and the page's own end is noted in it. The caller
     * keeps the pass for one grid or export and starts a new one when it refreshes.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public List<ApplicationRow> rows(ApplicationFilter filter, Pageable pageable, @Nullable ScrollPass pass) {
        if (filter.waitingForMe()) {
            return page(users.currentScope(), filter, pageable);
        }
        KnownScope known = users.knownScope();
        List<ApplicationRow> rows = grid.page(known, filter, pageable, pass);
        if (rows.isEmpty() && known.remembered()) {
            AccessScope now = users.freshScope();
            if (!now.equals(known.scope())) {
                rows = grid.page(KnownScope.exact(now), filter, pageable, pass);
            }
        }
        return rows;
    }

    /**
     * Every application the user may see that the filter matches, in the grid's order, handed to {@code sink} one by
     * one: what the grid lists, for its export. Read in one streamed statement under the scope read now (benchmark
     * P6: paging through 100,000 rows, each page a statement, made 13,000 rows a second); the applications waiting
     * for the user, a short list, page by page.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public void stream(ApplicationFilter filter, Sort sort, Consumer<ApplicationRow> sink) {
        if (filter.waitingForMe()) {
            AccessScope scope = users.currentScope();
            for (int page = 0; ; page++) {
                List<ApplicationRow> rows = page(scope, filter, PageRequest.of(page, WAITING_PAGE, sort));
                rows.forEach(sink);
                if (rows.size() < WAITING_PAGE) {
                    return;
                }
            }
        }
        grid.stream(KnownScope.exact(users.currentScope()), filter, sort, sink);
    }
}
