package org.ticportal.core.gridview;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.ticportal.core.audit.AuditAction;
import org.ticportal.core.audit.AuditService;
import org.ticportal.core.audit.AuditSubject;
import org.ticportal.core.common.BusinessException;
import org.ticportal.core.user.Role;
import org.ticportal.core.user.UserAccount;
import org.ticportal.core.user.UserService;

/**
 * Saved views of the management grids (已保存视图), per user and grid: the staff save a grid's filters, visible columns
 * in their order and sort under a name, open, overwrite, rename and delete their own views, and mark one view per grid
 * as the one the grid opens with (默认视图).
 * <p>
 * Sharing: "a bureau may share a view with its colleagues" — a bureau user's view, once shared, is listed to the other
 * bureau users of the same jurisdiction (a bureau user without a jurisdiction shares with the others without one); it
 * stays the owner's: only the owner overwrites, renames, unshares or deletes it. County reviewers, administrators and
 * auditors (on 审计记录) keep their views to themselves.
 * <p>
 * Defaults: each user's default is their own choice, kept apart from the views (table
 * {@code saved_grid_view_default}, one per user and grid): a user may mark a colleague's shared view as their default,
 * which changes nobody else's; when the owner unshares or deletes it, the colleagues' defaults on it go, and their
 * grids open plain again.
 * <p>
 * Overwrites, renames, sharing and deletion name the version the user saw and are refused on a newer one (another
 * window changed the view meanwhile). Every change is recorded in the audit trail ({@link AuditSubject#SAVED_VIEW}).
 */
@Service
public class SavedViewService {

    /** The longest name of a view. */
    public static final int MAX_NAME = 100;
    /** The largest stored state, in characters of JSON. */
    static final int MAX_STATE = 60_000;
    private static final Pattern GRID_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    /** Who keeps views: the staff, and auditors on the audit screen (their views change no business data). */
    private static final String STAFF = "hasAnyRole('ADMIN', 'BUREAU', 'COUNTY', 'AUDITOR')";

    private final SavedGridViewRepository views;
    private final SavedGridViewDefaultRepository defaults;
    private final UserService users;
    private final AuditService audit;
    private final Clock clock;

    SavedViewService(SavedGridViewRepository views, SavedGridViewDefaultRepository defaults, UserService users,
                     AuditService audit, Clock clock) {
        this.views = views;
        this.defaults = defaults;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    /** The user's own views of a grid, then those the colleagues share, each by name. */
    @PreAuthorize(STAFF)
    @Transactional(readOnly = true)
    public List<SavedView> list(String gridId) {
        checkGrid(gridId);
        UserAccount me = me();
        long chosen = defaults.findByUserIdAndGridId(me.getId(), gridId).map(SavedGridViewDefault::getViewId)
                .orElse(-1L);
        return views.findVisible(gridId, me.getId(), colleaguesScope(me)).stream()
                .map(v -> toView(v, me, chosen)).toList();
    }

    /** The view the user opens the grid with, if they marked one and may still see it. */
    @PreAuthorize(STAFF)
    @Transactional(readOnly = true)
    public Optional<SavedView> defaultFor(String gridId) {
        checkGrid(gridId);
        UserAccount me = me();
        return defaults.findByUserIdAndGridId(me.getId(), gridId)
                .flatMap(d -> views.findById(d.getViewId()))
                .filter(v -> visibleTo(v, me))
                .map(v -> toView(v, me, v.getId()));
    }

    /** Saves the grid's state as a new view of the user's; refused when the user has a view of that name. */
    @PreAuthorize(STAFF)
    @Transactional
    public SavedView save(String gridId, String name, GridViewState state) {
        checkGrid(gridId);
        String clean = checkName(name);
        String json = checkState(state);
        UserAccount me = me();
        if (views.existsByOwnerIdAndGridIdAndName(me.getId(), gridId, clean)) {
            throw BusinessException.onField("name", "gridview.name.taken", clean);
        }
        SavedGridView view;
        try {
            view = views.saveAndFlush(new SavedGridView(me.getId(), owner(me), gridId, clean, json, clock.instant()));
        } catch (DataIntegrityViolationException e) {
            throw BusinessException.onField("name", "gridview.name.taken", clean);
        }
        audit.record(AuditSubject.SAVED_VIEW, String.valueOf(view.getId()), AuditAction.CREATED, null, clean,
                "grid=" + gridId + "; " + brief(json));
        return toView(view, me, -1);
    }

    /** Replaces an own view's state with the grid's current one. */
    @PreAuthorize(STAFF)
    @Transactional
    public SavedView overwrite(long id, long expectedVersion, GridViewState state) {
        String json = checkState(state);
        UserAccount me = me();
        SavedGridView view = owned(id, expectedVersion, me);
        view.setStateJson(json);
        view.touch(owner(me), clock.instant());
        views.flush();
        audit.record(AuditSubject.SAVED_VIEW, String.valueOf(id), AuditAction.OVERWRITTEN, null, view.getName(), brief(json));
        return current(view, me);
    }

    /** Renames an own view; refused when the user has another view of that name. */
    @PreAuthorize(STAFF)
    @Transactional
    public SavedView rename(long id, long expectedVersion, String name) {
        String clean = checkName(name);
        UserAccount me = me();
        SavedGridView view = owned(id, expectedVersion, me);
        String before = view.getName();
        if (!before.equals(clean) && views.existsByOwnerIdAndGridIdAndName(me.getId(), view.getGridId(), clean)) {
            throw BusinessException.onField("name", "gridview.name.taken", clean);
        }
        view.setName(clean);
        view.touch(owner(me), clock.instant());
        views.flush();
        audit.record(AuditSubject.SAVED_VIEW, String.valueOf(id), AuditAction.RENAMED, before, clean, null);
        return current(view, me);
    }

    /** Deletes an own view; the defaults on it (the owner's and the colleagues') go with it. */
    @PreAuthorize(STAFF)
    @Transactional
    public void delete(long id, long expectedVersion) {
        UserAccount me = me();
        SavedGridView view = owned(id, expectedVersion, me);
        defaults.deleteByView(id);
        views.delete(view);
        views.flush();
        audit.record(AuditSubject.SAVED_VIEW, String.valueOf(id), AuditAction.DELETED, view.getName(), null,
                "grid=" + view.getGridId());
    }

    /**
     * Shares an own view with the colleagues (the bureau users of the same jurisdiction) or stops sharing it, which
     * removes the colleagues' defaults on it; only bureau users share.
     */
    @PreAuthorize("hasRole('BUREAU')")
    @Transactional
    public SavedView share(long id, long expectedVersion, boolean shared) {
        UserAccount me = me();
        SavedGridView view = owned(id, expectedVersion, me);
        if (me.getRole() != Role.BUREAU) {
            throw new BusinessException("gridview.share.bureauOnly");
        }
        if (view.isShared() != shared) {
            view.setShared(shared);
            view.touch(owner(me), clock.instant());
            if (!shared) {
                defaults.deleteOthers(id, me.getId());
            }
            views.flush();
            audit.record(AuditSubject.SAVED_VIEW, String.valueOf(id), shared ? AuditAction.SHARED : AuditAction.UNSHARED, null,
                    view.getShareScope(), null);
        }
        return current(view, me);
    }

    /**
     * Marks a view the user may see (their own or a colleague's shared one) as the one the user opens its grid with,
     * in place of any other; {@code false} clears it if it is the user's default. Nobody else's default changes.
     */
    @PreAuthorize(STAFF)
    @Transactional
    public SavedView setDefault(long id, boolean isDefault) {
        UserAccount me = me();
        SavedGridView view = views.findById(id).filter(v -> visibleTo(v, me))
                .orElseThrow(() -> new BusinessException("gridview.notFound"));
        Optional<SavedGridViewDefault> chosen = defaults.findByUserIdAndGridId(me.getId(), view.getGridId());
        if (isDefault) {
            chosen.ifPresentOrElse(d -> d.choose(id, clock.instant()),
                    () -> defaults.save(new SavedGridViewDefault(me.getId(), view.getGridId(), id, clock.instant())));
            audit.record(AuditSubject.SAVED_VIEW, String.valueOf(id), AuditAction.DEFAULT_SET, null, me.getUsername(),
                    "grid=" + view.getGridId());
        } else if (chosen.isPresent() && chosen.get().getViewId() == id) {
            defaults.delete(chosen.get());
            audit.record(AuditSubject.SAVED_VIEW, String.valueOf(id), AuditAction.DEFAULT_CLEARED, me.getUsername(), null,
                    "grid=" + view.getGridId());
        }
        defaults.flush();
        return toView(view, me, isDefault ? id : -1);
    }

    private SavedView current(SavedGridView view, UserAccount me) {
        long chosen = defaults.findByUserIdAndGridId(me.getId(), view.getGridId()).map(SavedGridViewDefault::getViewId)
                .orElse(-1L);
        return toView(view, me, chosen);
    }

    private SavedGridView owned(long id, long expectedVersion, UserAccount me) {
        SavedGridView view = views.findById(id).filter(v -> visibleTo(v, me))
                .orElseThrow(() -> new BusinessException("gridview.notFound"));
        if (view.getOwnerId() != me.getId()) {
            throw new BusinessException("gridview.notOwner", view.getOwnerName());
        }
        if (view.getVersion() != expectedVersion) {
            throw new BusinessException("gridview.stale", view.getName());
        }
        return view;
    }

    private boolean visibleTo(SavedGridView view, UserAccount me) {
        return view.getOwnerId() == me.getId()
                || view.isShared() && view.getShareScope().equals(colleaguesScope(me));
    }

    private static SavedView toView(SavedGridView v, UserAccount me, long chosen) {
        return new SavedView(v.getId(), v.getVersion(), v.getGridId(), v.getName(),
                GridViewState.fromJson(v.getStateJson()), v.getOwnerName(), v.getOwnerId() == me.getId(), v.isShared(),
                v.getId() == chosen, v.getUpdatedAt());
    }

    /** The scope of the colleagues a bureau user shares with and sees shared views of; none for other roles. */
    private static @Nullable String colleaguesScope(UserAccount me) {
        return me.getRole() == Role.BUREAU ? shareScope(me) : null;
    }

    private static String shareScope(UserAccount me) {
        return me.getRole().name() + ":" + Objects.requireNonNullElse(me.getJurisdictionCode(), "*");
    }

    private static SavedGridView.Owner owner(UserAccount me) {
        return new SavedGridView.Owner(me.getDisplayName(), me.getRole().name(), shareScope(me));
    }

    private UserAccount me() {
        return users.currentUser().orElseThrow(() -> new BusinessException("user.notFound", AuditService.currentActor()));
    }

    private static void checkGrid(String gridId) {
        if (gridId == null || !GRID_ID.matcher(gridId).matches()) {
            throw new IllegalArgumentException("not a grid id: " + gridId);
        }
    }

    private static String checkName(@Nullable String name) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty()) {
            throw BusinessException.onField("name", "gridview.name.required");
        }
        if (clean.length() > MAX_NAME) {
            throw BusinessException.onField("name", "gridview.name.size", MAX_NAME);
        }
        return clean;
    }

    /** A state as the audit trail's comment holds it. */
    private static String brief(String json) {
        return json.length() <= 1_900 ? json : json.substring(0, 1_900) + "…";
    }

    private static String checkState(GridViewState state) {
        String json = Objects.requireNonNull(state, "state").toJson();
        if (json.length() > MAX_STATE) {
            throw new BusinessException("gridview.state.tooLarge");
        }
        return json;
    }
}
