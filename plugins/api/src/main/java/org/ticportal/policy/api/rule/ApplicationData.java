package org.ticportal.policy.api.rule;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An application's data as rules read it: values by field key, as the form definition names them, and the evidence
 * codes for which at least one file is attached. The host provides it; a rule never sees the database.
 *
 * <p>The portal builds it with {@link #of(Map, Collection)} from the stored form values, and a plugin's tests build it
 * with {@link #of(Map)} or the test kit ({@code org.ticportal.policy.api.testkit.SampleApplication}): both read values
 * the same way.
 *
 * <ul>
 *   <li>Texts are stripped; blank text is absent. Choices are codes; dates are ISO text ({@code 2026-05-01}).</li>
 *   <li>Numbers are {@link BigDecimal} (the portal), any {@link Number} or numeric text.</li>
 *   <li>Yes/no values and declarations are {@link Boolean}, or the texts {@code "true"} and {@code "false"}.</li>
 *   <li>Multi-choice and attachment fields are lists of texts; tables are lists of rows, each a map from column key
 *       to value.</li>
 *   <li>A person or unit field ({@code director}) holds a map of its parts ({@code name}, {@code title},
 *       {@code degree}; {@code name}, {@code creditCode}); a key {@code director.name} reads a part when no field has
 *       that whole key. The composite itself has no text, number or choices; {@link #has(String)} says it is
 *       filled in.</li>
 * </ul>
 */
public interface ApplicationData {

    /** A text value (also choices' codes, dates as ISO text, numbers in plain notation, {@code true}/{@code false}). */
    Optional<String> text(String fieldKey);

    /** A number (m², 万元, persons). */
    Optional<BigDecimal> number(String fieldKey);

    /** A yes/no value or a ticked declaration. */
    Optional<Boolean> flag(String fieldKey);

    /** The codes chosen in a multi-choice field (or the single code of a choice field). */
    List<String> choices(String fieldKey);

    /** The rows of a repeating table, each a map from column key to value (text, number, boolean). */
    List<Map<String, Object>> rows(String fieldKey);

    /** Whether at least one attachment of the evidence type is present. */
    boolean hasEvidence(String evidenceCode);

    /**
     * Whether the field holds any value: a text, number or flag, a choice, a row, or a person or unit with at least
     * one part filled in.
     *
     * @since 0.2.1
     */
    default boolean has(String fieldKey) {
        return text(fieldKey).isPresent() || flag(fieldKey).isPresent() || !choices(fieldKey).isEmpty()
                || !rows(fieldKey).isEmpty();
    }

    /**
     * The key under which {@link #of(Map)} expects the evidence codes present, e.g.
     * {@code Map.of(ApplicationData.EVIDENCE, Set.of(EvidenceCodes.BUSINESS_LICENCE))}.
     */
    String EVIDENCE = "$evidence";

    /**
     * Application data held in a map, as a test writes it: the values by field key (a {@code null} value is absent)
     * and the present evidence codes as a collection under {@link #EVIDENCE}.
     */
    static ApplicationData of(Map<String, ?> values) {
        return MapApplicationData.of(values);
    }

    /**
     * Application data from form values and the evidence codes for which a file is attached: what the portal runs
     * rules on.
     *
     * @since 0.2.1
     */
    static ApplicationData of(Map<String, ?> values, Collection<String> evidence) {
        return MapApplicationData.of(values, evidence);
    }
}
