package org.ticportal.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ticportal.policy.api.LocalizedText;

class CatalogMergeTest {

    private static final Instant AT = Instant.parse("2026-10-01T02:00:00Z");

    private static final List<DefaultEntry> DEFAULTS = List.of(
            new DefaultEntry("A", LocalizedText.of("甲", "Alpha"), "第一条", null),
            new DefaultEntry("B", LocalizedText.of("乙", "Beta"), "第二条", null),
            new DefaultEntry("C", LocalizedText.of("丙", ""), "", null));

    private static OverrideRow added(String code, String zh, int position, boolean retired) {
        return new OverrideRow("L", code, true, zh, null, position, retired, retired ? AT : null,
                retired ? "admin" : null, 0, AT, "admin");
    }

    private static OverrideRow renamed(String code, String zh, String en) {
        return new OverrideRow("L", code, false, zh, en, 0, false, null, null, 3, AT, "admin");
    }

    private static OverrideRow retired(String code) {
        return new OverrideRow("L", code, false, null, null, 0, true, AT, "admin", 1, AT, "admin");
    }

    @Test
    void withoutOverridesTheDefaultsAreInForceInThePluginsOrder() {
        List<MergedEntry> merged = CatalogMerge.merge(DEFAULTS, List.of());
        assertThat(merged).extracting(MergedEntry::code).containsExactly("A", "B", "C");
        assertThat(merged).allSatisfy(e -> {
            assertThat(e.source()).isEqualTo(EntrySource.DEFAULT);
            assertThat(e.renamed()).isFalse();
            assertThat(e.retired()).isFalse();
            assertThat(e.version()).isEqualTo(-1);
            assertThat(e.name()).isEqualTo(e.defaultName());
        });
        assertThat(merged.get(0).article()).isEqualTo("第一条");
    }

    @Test
    void addedEntriesFollowTheDefaultsByPositionAndRenamesAndRetirementsApply() {
        List<OverrideRow> rows = List.of(added("Z", "后加二", 2, false), added("Y", "后加一", 1, false),
                renamed("B", "乙二", "Beta 2"), retired("C"));
        List<MergedEntry> merged = CatalogMerge.merge(DEFAULTS, rows);
        assertThat(merged).extracting(MergedEntry::code).containsExactly("A", "B", "C", "Y", "Z");
        MergedEntry b = merged.get(1);
        assertThat(b.renamed()).isTrue();
        assertThat(b.name()).isEqualTo(LocalizedText.of("乙二", "Beta 2"));
        assertThat(b.defaultName()).isEqualTo(LocalizedText.of("乙", "Beta"));
        assertThat(b.version()).isEqualTo(3);
        assertThat(merged.get(2).retired()).isTrue();
        assertThat(merged.get(2).retiredBy()).isEqualTo("admin");
        assertThat(merged.get(3).source()).isEqualTo(EntrySource.ADDED);
        assertThat(merged.get(3).defaultName()).isNull();
        assertThat(merged.get(3).name().zh()).isEqualTo("后加一");
    }

    @Test
    void anAddedCodeThePluginLaterDefinesIsTheDefaultWithTheOverridesApplied() {
        List<MergedEntry> merged = CatalogMerge.merge(DEFAULTS, List.of(added("A", "甲二", 1, true)));
        assertThat(merged).hasSize(3);
        assertThat(merged.get(0).source()).isEqualTo(EntrySource.DEFAULT);
        assertThat(merged.get(0).renamed()).isTrue();
        assertThat(merged.get(0).retired()).isTrue();
    }

    @Test
    void aRowForADefaultANewerVersionDroppedIsIgnored() {
        assertThat(CatalogMerge.merge(DEFAULTS, List.of(renamed("GONE", "没了", ""))))
                .extracting(MergedEntry::code).containsExactly("A", "B", "C");
    }

    @Test
    void selectableCodesAreDefaultsAndAddedLessRetired() {
        List<OverrideRow> rows = List.of(added("Y", "后加一", 1, false), added("X", "后加停用", 2, true), retired("C"),
                renamed("B", "乙二", ""));
        assertThat(CatalogMerge.merge(DEFAULTS, rows).stream().filter(MergedEntry::selectable).map(MergedEntry::code))
                .containsExactly("A", "B", "Y");
    }

    @Test
    void labelsKeepRetiredEntriesReadableAndMarkThem() {
        List<OverrideRow> rows = List.of(added("Y", "后加一", 1, true), retired("A"), renamed("B", "乙二", ""));
        Map<String, MergedEntry> labels = new LinkedHashMap<>();
        CatalogMerge.merge(DEFAULTS, rows).forEach(e -> labels.put(e.code(), e));
        assertThat(labels.keySet()).containsExactly("A", "B", "C", "Y");
        assertThat(labels.get("A").retired()).isTrue();
        assertThat(labels.get("A").label()).isEqualTo(LocalizedText.of("甲（已停用）", "Alpha (retired)"));
        assertThat(labels.get("B").label()).isEqualTo(LocalizedText.of("乙二", ""));
        // no English name: English readers read the Chinese, marked
        assertThat(labels.get("Y").label()).isEqualTo(LocalizedText.of("后加一（已停用）", ""));
        assertThat(labels.get("C").retired()).isFalse();
    }
}
