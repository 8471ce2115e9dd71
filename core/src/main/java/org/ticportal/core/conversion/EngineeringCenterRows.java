package org.ticportal.core.conversion;

import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;

import org.jspecify.annotations.Nullable;
import org.ticportal.policy.api.CreditCode;
import org.ticportal.policy.api.LocalizedText;

/**
 * Checks the rows of an engineering center spreadsheet under a column mapping, without a database: each row's name,
 * unit, credit code (GB 32100 check character), division (by code or name among the jurisdiction's recommending
 * bodies), year, and duplicates in the file or in the registry. Every problem of every row is reported.
 */
final class EngineeringCenterRows {

    private EngineeringCenterRows() {
    }

    /**
     * What the rows give.
     *
     * @param good     the checked rows, by their row number (only meaningful when {@code problems} is empty)
     * @param problems every bad row's problems, in row order
     */
    record Checked(Map<Integer, EngineeringCenterDraft> good, List<ImportProblem> problems) {
    }

    /**
     * @param rows          the data rows (header removed) by 1-based row number, cells by 0-based column
     * @param mapping       which column holds which field
     * @param divisions     the jurisdiction's divisions by code, with their names
     * @param registered    the (blankless) names already in the registry
     * @param thisYear      the current year (a later recognition year is refused)
     * @param progress      told of each row checked (its index from 1)
     */
    static Checked check(Map<Integer, Map<Integer, String>> rows, ColumnMapping mapping,
                         Map<String, LocalizedText> divisions, Set<String> registered, Year thisYear,
                         IntConsumer progress) {
        Map<Integer, EngineeringCenterDraft> good = new java.util.TreeMap<>();
        List<ImportProblem> problems = new ArrayList<>();
        Map<String, Integer> namesInFile = new HashMap<>();
        int done = 0;
        for (Map.Entry<Integer, Map<Integer, String>> e : rows.entrySet()) {
            int row = e.getKey();
            Map<Integer, String> cells = e.getValue();
            List<ImportProblem> mine = new ArrayList<>();
            String name = blankless(cell(cells, mapping, ImportField.NAME));
            String unit = cell(cells, mapping, ImportField.UNIT_NAME);
            String credit = cell(cells, mapping, ImportField.CREDIT_CODE).toUpperCase(Locale.ROOT);
            String division = cell(cells, mapping, ImportField.DIVISION);
            String year = cell(cells, mapping, ImportField.RECOGNIZED_YEAR);
            if (name.isEmpty()) {
                mine.add(new ImportProblem(row, "conversion.import.nameMissing", List.of()));
            } else {
                Integer earlier = namesInFile.putIfAbsent(name, row);
                if (earlier != null) {
                    mine.add(new ImportProblem(row, "conversion.import.duplicateInFile",
                            List.of(name, Integer.toString(earlier))));
                }
                if (registered.contains(name)) {
                    mine.add(new ImportProblem(row, "conversion.import.duplicateInRegistry", List.of(name)));
                }
            }
            if (unit.isEmpty()) {
                mine.add(new ImportProblem(row, "conversion.import.unitMissing", List.of()));
            }
            if (credit.isEmpty()) {
                mine.add(new ImportProblem(row, "conversion.import.creditCodeMissing", List.of()));
            } else if (!CreditCode.isValid(credit)) {
                mine.add(new ImportProblem(row, "conversion.import.creditCodeInvalid", List.of(credit)));
            }
            @Nullable String divisionCode = division.isEmpty() ? null : divisionCode(divisions, division);
            if (division.isEmpty()) {
                mine.add(new ImportProblem(row, "conversion.import.divisionMissing", List.of()));
            } else if (divisionCode == null) {
                mine.add(new ImportProblem(row, "conversion.import.divisionUnknown", List.of(division)));
            }
            @Nullable Integer recognized = year(year);
            if (year.isEmpty()) {
                mine.add(new ImportProblem(row, "conversion.import.yearMissing", List.of()));
            } else if (recognized == null || recognized < 1949 || recognized > thisYear.getValue()) {
                mine.add(new ImportProblem(row, "conversion.import.yearInvalid", List.of(year)));
            }
            if (mine.isEmpty()) {
                good.put(row, new EngineeringCenterDraft(name, unit, credit, divisionCode, recognized,
                        cell(cells, mapping, ImportField.DOCUMENT_NUMBER), cell(cells, mapping, ImportField.FIELD)));
            }
            problems.addAll(mine);
            progress.accept(++done);
        }
        if (rows.isEmpty()) {
            problems.add(new ImportProblem(1, "conversion.import.empty", List.of()));
        }
        return new Checked(good, problems);
    }

    private static String cell(Map<Integer, String> cells, ColumnMapping mapping, ImportField field) {
        return mapping.column(field).map(cells::get).map(String::strip).orElse("");
    }

    /** The division a cell names, by code or by its Chinese or English name. */
    static @Nullable String divisionCode(Map<String, LocalizedText> divisions, String given) {
        String g = given.strip();
        if (divisions.containsKey(g)) {
            return g;
        }
        return divisions.entrySet().stream().filter(d -> d.getValue().zh().equals(g)
                        || d.getValue().en().equalsIgnoreCase(g)).map(Map.Entry::getKey).findFirst().orElse(null);
    }

    /** A year as a spreadsheet gives it: 2019, 2019年, 2019.0. */
    static @Nullable Integer year(String cell) {
        String y = cell.strip().replaceAll("(\u5e74\u5ea6|\u5e74|\\.0+)$", "");
        try {
            return Integer.parseInt(y);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A name as stored and compared: without blanks of any width. */
    static String blankless(String name) {
        return name.replaceAll("[\\s\\u3000]+", "");
    }
}
