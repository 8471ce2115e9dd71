package org.ticportal.ui.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.KeyDownEvent;
import java.util.List;
import org.ticportal.core.search.SearchKind;
import org.ticportal.core.search.SearchHit;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.KeyPressEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.test.context.support.WithUserDetails;
import org.ticportal.core.application.ApplicationService;
import org.ticportal.core.application.AttachmentService;
import org.ticportal.core.application.ChecklistService;
import org.ticportal.core.application.NoticeCloser;
import org.ticportal.core.center.CenterRow;
import org.ticportal.core.center.CenterService;
import org.ticportal.core.notice.NoticeService;
import org.ticportal.core.user.Role;
import org.ticportal.ui.Acting;
import org.ticportal.ui.CenterSamples;
import org.ticportal.ui.ViewTestBase;
import org.ticportal.ui.XinzhouSamples;
import org.ticportal.ui.account.ChangePasswordView;
import org.ticportal.ui.centers.CenterView;
import org.ticportal.ui.units.MyUnitView;

/**
 * 搜索 as each role meets it: the header's box sends Enter to the results page; the bureau finds a recognised center by
 * its name and its number and opens its page, a unit and an expert open in their grids' dialogs; the county finds the
 * application that came through it; an applicant's own unit opens 本单位; a text too short or matching nothing says
 * so; experts have no box and no page.
 */
class SearchViewTest extends ViewTestBase {

    @Autowired
    ApplicationService applications;
    @Autowired
    AttachmentService attachments;
    @Autowired
    ChecklistService checklist;
    @Autowired
    NoticeService publicNotices;
    @Autowired
    NoticeCloser notices;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CenterService centers;
    @Autowired
    SecurityContextHolderStrategy security;
    @Autowired
    org.ticportal.core.search.GlobalSearch globalSearch;

    private CenterRow recognised() {
        long id = CenterSamples.recognised(security, applications, attachments, checklist, publicNotices,
                notices, jdbc);
        return Acting.as(security, "bureau", Role.BUREAU, () -> centers.forApplication(id)).orElseThrow();
    }

    private void searchFor(String text) {
        UI.getCurrent().navigate("search", QueryParameters.of("q", text));
    }

    private String summary() {
        return find(Paragraph.class).withId("search-summary").single().getText();
    }

    @Test
    @WithUserDetails("bureau")
    void theBureauTypesInTheHeaderAndOpensTheCenterItFinds() {
        CenterRow center = recognised();
        navigate(ChangePasswordView.class);
        TextField box = find(TextField.class).withId("global-search").single();
        assertThat(box.getPlaceholder()).isEqualTo("搜索中心、申报、单位、专家…");
        test(box).setValue(center.name());
        ComponentUtil.fireEvent(box, new KeyPressEvent(box, "Enter"));

        assertThat(getCurrentView()).isInstanceOf(SearchView.class);
        assertThat(summary()).startsWith("“" + center.name() + "”的搜索结果");
        assertThat(find(TextField.class).withId("global-search").single().getValue()).isEqualTo(center.name());
        RouterLink hit = find(RouterLink.class).withId("search-hit-center-" + center.id()).single();
        assertThat(hit.getText()).isEqualTo(center.name());
        assertThat(hit.getHref()).isEqualTo("centers/" + center.id());
        assertThat(find(RouterLink.class).withId("search-hit-application-" + center.applicationId()).exists())
                .isTrue();
        test(hit).click();
        assertThat(getCurrentView()).isInstanceOf(CenterView.class);
        assertThat(find(H2.class).withId("center-name").single().getText()).isEqualTo(center.name());

        searchFor(center.decisionNumber());
        assertThat(find(RouterLink.class).withId("search-hit-center-" + center.id()).exists()).isTrue();
    }

    /**
     * Suggestions as the bureau types: the first records the search finds, listed under the box; ↓ marks one (and
     * says so to assistive technology), Enter opens it — here a unit, in its grid's dialog; Esc closes the list.
     */
    @Test
    @WithUserDetails("bureau")
    void suggestionsListTheFirstRecordsAndTheKeysOpenOne() {
        navigate(ChangePasswordView.class);
        TextField box = find(TextField.class).withId("global-search").single();
        SearchSuggestions suggestions = (SearchSuggestions) box.getParent().orElseThrow();
        test(box).setValue("忻州示范新材料");
        Div list = find(Div.class).withId("global-search-suggestions").single();
        assertThat(list.isVisible()).isTrue();
        List<SearchHit> hits = suggestions.suggestions();
        var found = globalSearch.search("忻州示范新材料");
        assertThat(hits).isNotEmpty().hasSizeLessThanOrEqualTo(SearchSuggestions.MAX_SUGGESTIONS)
                .isSubsetOf(found.hits().values().stream().flatMap(List::stream).toList());
        // every kind found is suggested, however many centers and applications earlier tests left matching
        assertThat(hits).extracting(SearchHit::kind).containsAll(found.hits().keySet());
        int unit = java.util.stream.IntStream.range(0, hits.size())
                .filter(i -> hits.get(i).kind() == SearchKind.UNIT).findFirst().orElseThrow();
        for (int i = 0; i <= unit; i++) {
            ComponentUtil.fireEvent(box, new KeyDownEvent(box, "ArrowDown"));
        }
        assertThat(suggestions.marked()).isEqualTo(unit);
        Div marked = find(Div.class).withId("search-suggestion-unit-" + hits.get(unit).id()).single();
        assertThat(marked.getElement().getAttribute("aria-selected")).isEqualTo("true");
        assertThat(box.getElement().getAttribute("aria-activedescendant")).isEqualTo(marked.getId().orElseThrow());

        ComponentUtil.fireEvent(box, new KeyPressEvent(box, "Enter"));
        assertThat(getCurrentView()).isInstanceOf(org.ticportal.ui.units.UnitsView.class);
        assertThat(find(Dialog.class).all().stream().filter(d -> d.hasClassName("unit-dialog")).findFirst()
                .orElseThrow().getHeaderTitle()).isEqualTo(hits.get(unit).title());
        assertThat(list.isVisible()).isFalse();

        test(box).setValue("赵教授");
        assertThat(list.isVisible()).isTrue();
        ComponentUtil.fireEvent(box, new KeyDownEvent(box, "Escape"));
        assertThat(list.isVisible()).isFalse();
        test(box).setValue("检");
        assertThat(list.isVisible()).as("too short").isFalse();
    }

    /** A county's suggestions are its own search's: the application that came through it, no experts. */
    @Test
    @WithUserDetails("county")
    void aCountysSuggestionsStayWithinItsScope() {
        String reference = XinzhouSamples.submittedToCounty(security, applications, attachments, "检索建议");
        navigate(ChangePasswordView.class);
        TextField box = find(TextField.class).withId("global-search").single();
        SearchSuggestions suggestions = (SearchSuggestions) box.getParent().orElseThrow();
        test(box).setValue(reference);
        assertThat(suggestions.suggestions()).extracting(SearchHit::kind).containsOnly(SearchKind.APPLICATION);
        test(box).setValue("赵教授");
        assertThat(suggestions.suggestions()).isEmpty();
        assertThat(find(Div.class).withId("global-search-suggestions").single().getElement().getTextRecursively())
                .contains("没有匹配的记录");
    }

    @Test
    @WithUserDetails("bureau")
    void aUnitAndAnExpertOpenInTheirGridsDialogs() {
        searchFor("忻州示范新材料有限公司");
        RouterLink unit = find(RouterLink.class).all().stream()
                .filter(l -> l.getId().orElse("").startsWith("search-hit-unit-")).findFirst().orElseThrow();
        assertThat(unit.getHref()).startsWith("units?unit=");
        test(unit).click();
        Dialog unitDialog = find(Dialog.class).all().stream().filter(d -> d.hasClassName("unit-dialog"))
                .findFirst().orElseThrow();
        assertThat(unitDialog.getHeaderTitle()).isEqualTo("忻州示范新材料有限公司");
        unitDialog.close();

        searchFor("赵教授");
        RouterLink expert = find(RouterLink.class).all().stream()
                .filter(l -> l.getId().orElse("").startsWith("search-hit-expert-")).findFirst().orElseThrow();
        assertThat(expert.getHref()).startsWith("experts?expert=");
        test(expert).click();
        assertThat(find(Dialog.class).withId("expert-dialog").exists()).isTrue();
    }

    @Test
    @WithUserDetails("county")
    void theCountyFindsTheApplicationThatCameThroughIt() {
        String reference = XinzhouSamples.submittedToCounty(security, applications, attachments, "检索视图");
        searchFor(reference);
        assertThat(find(RouterLink.class).all().stream()
                .filter(l -> l.getId().orElse("").startsWith("search-hit-application-")).map(RouterLink::getHref))
                .singleElement().asString().startsWith("applications/");
        assertThat(find(RouterLink.class).all().stream().filter(l -> l.getId().orElse("").startsWith("search-hit-expert-")))
                .isEmpty();

        searchFor("检");
        assertThat(summary()).isEqualTo("请输入至少 2 个字符再搜索（名称、编号或统一社会信用代码）。");
        searchFor("无此记录的名称zz");
        assertThat(summary()).startsWith("没有找到与“无此记录的名称zz”匹配的中心、申报、单位或专家。");
        assertThat(find(RouterLink.class).all().stream().filter(l -> l.getId().orElse("").startsWith("search-hit-")))
                .isEmpty();
    }

    @Test
    @WithUserDetails("applicant")
    void anApplicantsOwnUnitOpensItsOwnPage() {
        searchFor("忻州示范新材料");
        RouterLink unit = find(RouterLink.class).all().stream()
                .filter(l -> l.getId().orElse("").startsWith("search-hit-unit-")).findFirst().orElseThrow();
        assertThat(unit.getHref()).isEqualTo("my-unit");
        test(unit).click();
        assertThat(getCurrentView()).isInstanceOf(MyUnitView.class);
    }

    @Test
    @WithUserDetails("expert")
    void expertsHaveNoSearch() {
        navigate(ChangePasswordView.class);
        assertThat(find(TextField.class).withId("global-search").exists()).isFalse();
        searchFor("赵教授");
        assertThat(find(Paragraph.class).withId("search-summary").exists()).isFalse();
    }
}
