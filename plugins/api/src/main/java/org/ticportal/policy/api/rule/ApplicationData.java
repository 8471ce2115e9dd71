package org.ticportal.policy.api.rule;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An application's data as rules read it: values by field key, as the form definition names them. The host provides
 * it; a rule never sees the database.
 */
public interface ApplicationData {

    /** A text value (also choices' codes, dates as ISO text). */
    Optional<String> text(String fieldKey);

    /** A number (m², 万元, persons). */
    Optional<BigDecimal> number(String fieldKey);

    /** A yes/no value or a ticked declaration. */
    Optional<Boolean> flag(String fieldKey);

    /** The codes chosen in a multi-choice field. */
    List<String> choices(String fieldKey);

    /** The rows of a repeating table, each a map from column key to value (text, number, boolean). */
    List<Map<String, Object>> rows(String fieldKey);

    /** Whether at least one attachment of the evidence type is present. */
    boolean hasEvidence(String evidenceCode);

    /**
     * The key under which {@link #of(Map)} expects the set of evidence codes present, e.g.
     * {@code Map.of(ApplicationData.EVIDENCE, Set.of(EvidenceCodes.BUSINESS_LICENCE))}.
     */
    String EVIDENCE = "$evidence";

    /**
     * Application data held in a map, for tests and previews: numbers as {@link Number} or numeric text, flags as
     * {@link Boolean}, choices and rows as lists, the present evidence codes as a set under {@link #EVIDENCE}.
     */
    static ApplicationData of(Map<String, Object> values) {
        return new MapApplicationData(values);
    }
}
