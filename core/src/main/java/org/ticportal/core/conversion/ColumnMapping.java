package org.ticportal.core.conversion;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.ticportal.core.common.BusinessException;

/**
 * Which spreadsheet column (0-based) holds which field of the registry. Refused when a required field has no column or
 * two fields share one.
 *
 * @param columns the column of each mapped field; a field left out is not imported
 */
public record ColumnMapping(Map<ImportField, Integer> columns) {

    public ColumnMapping {
        columns = Map.copyOf(columns);
        List<String> missing = new ArrayList<>();
        for (ImportField f : ImportField.values()) {
            if (f.required() && !columns.containsKey(f)) {
                missing.add(f.name());
            }
        }
        if (!missing.isEmpty()) {
            throw new BusinessException("conversion.mapping.missing", String.join(", ", missing));
        }
        Set<Integer> used = new HashSet<>();
        for (Map.Entry<ImportField, Integer> e : columns.entrySet()) {
            if (e.getValue() < 0 || !used.add(e.getValue())) {
                throw new BusinessException("conversion.mapping.shared", e.getKey().name());
            }
        }
    }

    /** The column of a field, if mapped. */
    public Optional<Integer> column(ImportField field) {
        return Optional.ofNullable(columns.get(field));
    }

    /**
     * The mapping guessed from a header row: each field takes the column whose header names it best, a column at most
     * one field (required fields first). Fields no header names are left out, so the guess may be incomplete.
     *
     * @param headers the header row's texts by 0-based column
     * @return the guessed columns, by field (possibly missing required ones)
     */
    public static Map<ImportField, Integer> guess(Map<Integer, String> headers) {
        Map<ImportField, Integer> out = new EnumMap<>(ImportField.class);
        Set<Integer> taken = new HashSet<>();
        // the strongest matches first, so that 中心名称 goes to NAME and 依托单位名称 to UNIT_NAME
        record Candidate(ImportField field, int column, int score) {
        }
        List<Candidate> candidates = new ArrayList<>();
        for (ImportField f : ImportField.values()) {
            for (Map.Entry<Integer, String> h : headers.entrySet()) {
                int score = f.match(h.getValue());
                if (score > 0) {
                    candidates.add(new Candidate(f, h.getKey(), score));
                }
            }
        }
        candidates.sort((a, b) -> a.score() != b.score() ? Integer.compare(b.score(), a.score())
                : Integer.compare(a.column(), b.column()));
        for (Candidate c : candidates) {
            if (!out.containsKey(c.field()) && !taken.contains(c.column())) {
                out.put(c.field(), c.column());
                taken.add(c.column());
            }
        }
        return out;
    }
}
