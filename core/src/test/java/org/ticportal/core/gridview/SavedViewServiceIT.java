package org.ticportal.core.gridview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.ticportal.core.IntegrationTest;
import org.ticportal.core.TestUsers;
import org.ticportal.core.common.BusinessException;
import org.ticportal.core.user.Role;
import org.ticportal.core.user.UserDraft;
import org.ticportal.core.user.UserService;

/**
 * Saved views on real MariaDB: a bureau user saves a view of a grid and marks it default; a colleague of the same
 * jurisdiction sees it once it is shared and may make it their own default, a bureau user of another jurisdiction and
 * a county reviewer never see it; only the owner changes it, an overwrite naming an older version is refused, a second
 * view of the same name is refused, unsharing removes the colleague's default; every change is audited.
 */
@IntegrationTest
class SavedViewServiceIT {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        IntegrationTest.Properties.register(registry);
    }

    @Autowired
    SavedViewService views;
    @Autowired
    UserService users;
    @Autowired
    JdbcTemplate jdbc;

    private String grid;
    private String owner;
    private String colleague;
    private String otherCity;
    private String county;

    private static final GridViewState STATE = new GridViewState(Map.of("application.name", "新材料"),
            List.of("application.reference", "application.name"), List.of(new ColumnSort("application.updated", true)));

    @BeforeEach
    void users() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        grid = "grid-" + suffix;
        TestUsers.as("admin", Role.ADMIN, () -> {
            owner = users.create(new UserDraft("gvo" + suffix, "局甲", null, null, Role.BUREAU, null, null, "990100"))
                    .user().getUsername();
            colleague = users.create(new UserDraft("gvc" + suffix, "局乙", null, null, Role.BUREAU, null, null,
                    "990100")).user().getUsername();
            otherCity = users.create(new UserDraft("gvx" + suffix, "他市", null, null, Role.BUREAU, null, null,
                    "990200")).user().getUsername();
            county = users.create(new UserDraft("gvk" + suffix, "区审核", null, null, Role.COUNTY, "990101", null))
                    .user().getUsername();
            return null;
        });
    }

    @Test
    void aSharedViewIsSeenByTheBureausColleaguesOnlyAndEachKeepsTheirOwnDefault() {
        SavedView saved = TestUsers.as(owner, Role.BUREAU, () -> views.save(grid, "  新材料在办  ", STATE));
        assertThat(saved.name()).isEqualTo("新材料在办");
        assertThat(saved.state()).isEqualTo(STATE);
        assertThat(saved.own()).isTrue();
        assertThat(saved.shared()).isFalse();
        SavedView marked = TestUsers.as(owner, Role.BUREAU, () -> views.setDefault(saved.id(), true));
        assertThat(marked.userDefault()).isTrue();
        assertThat(TestUsers.as(owner, Role.BUREAU, () -> views.defaultFor(grid))).get()
                .extracting(SavedView::state).isEqualTo(STATE);

        // not shared yet: the colleague sees nothing
        assertThat(TestUsers.as(colleague, Role.BUREAU, () -> views.list(grid))).isEmpty();

        SavedView shared = TestUsers.as(owner, Role.BUREAU, () -> views.share(saved.id(), saved.version(), true));
        assertThat(shared.shared()).isTrue();
        List<SavedView> seen = TestUsers.as(colleague, Role.BUREAU, () -> views.list(grid));
        assertThat(seen).singleElement().satisfies(v -> {
            assertThat(v.name()).isEqualTo("新材料在办");
            assertThat(v.ownerName()).isEqualTo("局甲");
            assertThat(v.own()).isFalse();
            assertThat(v.userDefault()).as("the owner's default is not the colleague's").isFalse();
        });
        assertThat(TestUsers.as(otherCity, Role.BUREAU, () -> views.list(grid))).isEmpty();
        assertThat(TestUsers.as(county, Role.COUNTY, () -> views.list(grid))).isEmpty();
        assertThatThrownBy(() -> TestUsers.as(county, Role.COUNTY, () -> views.setDefault(saved.id(), true)))
                .isInstanceOf(BusinessException.class).hasMessageStartingWith("gridview.notFound");

        // the colleague makes it their default, but cannot change it
        TestUsers.as(colleague, Role.BUREAU, () -> views.setDefault(saved.id(), true));
        assertThat(TestUsers.as(colleague, Role.BUREAU, () -> views.defaultFor(grid))).isPresent();
        assertThatThrownBy(() -> TestUsers.as(colleague, Role.BUREAU,
                () -> views.rename(saved.id(), shared.version(), "改名"))).isInstanceOf(BusinessException.class)
                .hasMessageStartingWith("gridview.notOwner");

        // a county reviewer keeps views to itself
        SavedView countys = TestUsers.as(county, Role.COUNTY, () -> views.save(grid, "本区", STATE));
        assertThatThrownBy(() -> TestUsers.as(county, Role.COUNTY, () -> views.share(countys.id(), countys.version(),
                true))).isInstanceOf(AccessDeniedException.class);
        assertThat(TestUsers.as(owner, Role.BUREAU, () -> views.list(grid))).extracting(SavedView::name)
                .containsExactly("新材料在办");

        // unshared: gone from the colleague's list and default, the owner's default stays
        TestUsers.as(owner, Role.BUREAU, () -> views.share(saved.id(), shared.version(), false));
        assertThat(TestUsers.as(colleague, Role.BUREAU, () -> views.list(grid))).isEmpty();
        assertThat(TestUsers.as(colleague, Role.BUREAU, () -> views.defaultFor(grid))).isEmpty();
        assertThat(TestUsers.as(owner, Role.BUREAU, () -> views.defaultFor(grid))).isPresent();

        assertThat(jdbc.queryForList("select action from audit_event where subject_type = 'SAVED_VIEW'"
                + " and subject_id = ? order by id", String.class, String.valueOf(saved.id())))
                .containsExactly("CREATED", "DEFAULT_SET", "SHARED", "DEFAULT_SET", "UNSHARED");
    }

    @Test
    void anOverwriteOfAnOlderVersionAndASecondViewOfTheSameNameAreRefused() {
        SavedView saved = TestUsers.as(owner, Role.BUREAU, () -> views.save(grid, "我的视图", STATE));
        GridViewState sortedByName = new GridViewState(Map.of(), List.of("application.name"),
                List.of(new ColumnSort("application.name", false)));
        SavedView overwritten = TestUsers.as(owner, Role.BUREAU,
                () -> views.overwrite(saved.id(), saved.version(), sortedByName));
        assertThat(overwritten.version()).isGreaterThan(saved.version());
        assertThat(overwritten.state()).isEqualTo(sortedByName);

        // another window still holds the first version
        assertThatThrownBy(() -> TestUsers.as(owner, Role.BUREAU,
                () -> views.overwrite(saved.id(), saved.version(), STATE))).isInstanceOf(BusinessException.class)
                .hasMessageStartingWith("gridview.stale");
        assertThatThrownBy(() -> TestUsers.as(owner, Role.BUREAU, () -> {
            views.delete(saved.id(), saved.version());
            return null;
        })).isInstanceOf(BusinessException.class).hasMessageStartingWith("gridview.stale");

        assertThatThrownBy(() -> TestUsers.as(owner, Role.BUREAU, () -> views.save(grid, "我的视图", STATE)))
                .isInstanceOf(BusinessException.class).hasMessageStartingWith("gridview.name.taken")
                .extracting(e -> ((BusinessException) e).getField()).isEqualTo("name");
        assertThatThrownBy(() -> TestUsers.as(owner, Role.BUREAU, () -> views.save(grid, "   ", STATE)))
                .isInstanceOf(BusinessException.class).hasMessageStartingWith("gridview.name.required");
        SavedView second = TestUsers.as(owner, Role.BUREAU, () -> views.save(grid, "另一个", STATE));
        assertThatThrownBy(() -> TestUsers.as(owner, Role.BUREAU,
                () -> views.rename(second.id(), second.version(), "我的视图"))).isInstanceOf(BusinessException.class)
                .hasMessageStartingWith("gridview.name.taken");
        // the same name on another grid, or of a colleague, is fine
        TestUsers.as(owner, Role.BUREAU, () -> views.save(grid + "-b", "我的视图", STATE));
        TestUsers.as(colleague, Role.BUREAU, () -> views.save(grid, "我的视图", STATE));

        TestUsers.as(owner, Role.BUREAU, () -> views.setDefault(second.id(), true));
        TestUsers.as(owner, Role.BUREAU, () -> views.setDefault(overwritten.id(), true));
        assertThat(TestUsers.as(owner, Role.BUREAU, () -> views.list(grid))).filteredOn(SavedView::userDefault)
                .extracting(SavedView::name).containsExactly("我的视图");
        TestUsers.as(owner, Role.BUREAU, () -> {
            views.delete(overwritten.id(), overwritten.version());
            return null;
        });
        assertThat(TestUsers.as(owner, Role.BUREAU, () -> views.defaultFor(grid))).isEmpty();
        assertThat(TestUsers.as(owner, Role.BUREAU, () -> views.list(grid))).extracting(SavedView::name)
                .containsExactly("另一个");
    }
}
