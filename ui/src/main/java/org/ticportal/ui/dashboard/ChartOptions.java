package org.ticportal.ui.dashboard;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import org.ticportal.core.common.GroupCount;

/**
 * The ECharts options (JSON) of the dashboard's charts, built on the server from grouped counts: horizontal bars for
 * many or long names (stages, calls, clusters, divisions), a ring for a few (types, statuses). No animation, so that a
 * chart reads at once and screenshots show it whole.
 */
final class ChartOptions {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> PALETTE = List.of("#1e6fd9", "#b22222", "#2e9d5b", "#e69a1c", "#7b4fc9",
            "#1aa3a3", "#d9548f", "#6b7a8f", "#a0522d", "#4f6bed");

    private ChartOptions() {
    }

    /** Horizontal bars, one per count, in the counts' order from the top, each labelled with its count. */
    static String bars(List<GroupCount> counts, Locale locale) {
        List<String> names = new ArrayList<>();
        List<Long> values = new ArrayList<>();
        counts.forEach(c -> {
            names.add(c.label().get(locale));
            values.add(c.count());
        });
        Map<String, Object> option = base();
        option.put("tooltip", Map.of("trigger", "axis", "axisPointer", Map.of("type", "shadow")));
        option.put("grid", Map.of("left", 8, "right", 40, "top", 8, "bottom", 8, "containLabel", true));
        option.put("xAxis", Map.of("type", "value", "minInterval", 1));
        option.put("yAxis", Map.of("type", "category", "inverse", true, "data", names,
                "axisLabel", Map.of("width", 160, "overflow", "truncate")));
        option.put("series", List.of(Map.of("type", "bar", "data", values, "barMaxWidth", 28,
                "itemStyle", Map.of("color", PALETTE.getFirst()),
                "label", Map.of("show", true, "position", "right"))));
        return write(option);
    }

    /** A ring, one slice per count, its legend below. */
    static String ring(List<GroupCount> counts, Locale locale) {
        List<Map<String, Object>> data = new ArrayList<>();
        counts.forEach(c -> data.add(Map.of("name", c.label().get(locale), "value", c.count())));
        Map<String, Object> option = base();
        option.put("tooltip", Map.of("trigger", "item", "formatter", "{b}: {c} ({d}%)"));
        option.put("legend", Map.of("bottom", 0, "type", "scroll"));
        option.put("series", List.of(Map.of("type", "pie", "radius", List.of("38%", "66%"),
                "center", List.of("50%", "45%"), "data", data, "label", Map.of("formatter", "{b}\n{c}"))));
        return write(option);
    }

    private static Map<String, Object> base() {
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("animation", false);
        option.put("color", PALETTE);
        option.put("textStyle", Map.of("fontFamily", "inherit"));
        return option;
    }

    private static String write(Map<String, Object> option) {
        return JSON.writeValueAsString(option);
    }
}
