package org.ticportal.core.expert;

import java.math.BigDecimal;
import java.util.Map;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** JSON of draw records and score sheets; numbers come back as {@link BigDecimal}. */
final class PanelJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private PanelJson() {
    }

    static String write(Object value) {
        return MAPPER.writeValueAsString(value);
    }

    static <T> T read(String json, Class<T> type) {
        return MAPPER.readValue(json, type);
    }

    static Map<String, BigDecimal> readScores(String json) {
        return MAPPER.readValue(json, new TypeReference<Map<String, BigDecimal>>() { });
    }
}
