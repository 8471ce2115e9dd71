package org.ticportal.core.conversion;

import java.util.List;
import java.util.Map;

/**
 * What a spreadsheet offers before it is imported: its header row, the mapping guessed from it, and its first rows.
 *
 * @param headers   the header row's texts by 0-based column (every column that has data, blank headers included)
 * @param guess     the column the import guesses for each field it recognised
 * @param dataRows  how many data rows the sheet has
 * @param sample    the first few data rows, cells by 0-based column
 */
public record SheetPreview(Map<Integer, String> headers, Map<ImportField, Integer> guess, int dataRows,
                           List<Map<Integer, String>> sample) {

    public SheetPreview {
        headers = Map.copyOf(headers);
        guess = Map.copyOf(guess);
        sample = sample.stream().map(Map::copyOf).toList();
    }
}
