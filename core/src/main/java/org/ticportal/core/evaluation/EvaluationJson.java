package org.ticportal.core.evaluation;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Scores as JSON: indicator code to points. */
final class EvaluationJson {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private EvaluationJson() {
    }

    static String write(Map<String, BigDecimal> scores) {
        return MAPPER.writeValueAsString(scores);
    }

    static Map<String, BigDecimal> read(String json) {
        if (json == null || json.isBlank()) {
            return Map.of();
        }
        return MAPPER.readValue(json, new TypeReference<LinkedHashMap<String, BigDecimal>>() {
        });
    }
}
