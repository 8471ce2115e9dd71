package org.ticportal.core.change;

import tools.jackson.databind.json.JsonMapper;

/** A change request's proposal as JSON. */
final class ChangeJson {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private ChangeJson() {
    }

    static String write(ChangeProposal proposal) {
        return MAPPER.writeValueAsString(proposal);
    }

    static ChangeProposal read(String json) {
        return MAPPER.readValue(json, ChangeProposal.class);
    }
}
