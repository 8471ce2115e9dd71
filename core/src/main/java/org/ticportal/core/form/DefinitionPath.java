package org.ticportal.core.form;

import org.jspecify.annotations.Nullable;

/**
 * A place in a form definition, by keys: the form itself, a section, a field of a section, or a column of a table
 * field. Keys stay stable across edits that do not rename, so a path still finds its node after other nodes moved.
 *
 * @param level   what the path addresses
 * @param section the section's key ({@code ""} for the form)
 * @param field   the field's key (for a field or a column), else {@code null}
 * @param column  the column's key (for a column), else {@code null}
 */
public record DefinitionPath(Level level, String section, @Nullable String field, @Nullable String column) {

    /** The levels of a definition's tree. */
    public enum Level {
        FORM, SECTION, FIELD, COLUMN
    }

    private static final DefinitionPath FORM = new DefinitionPath(Level.FORM, "", null, null);

    public DefinitionPath {
        boolean complete = switch (level) {
            case FORM -> field == null && column == null;
            case SECTION -> section != null && field == null && column == null;
            case FIELD -> section != null && field != null && column == null;
            case COLUMN -> section != null && field != null && column != null;
        };
        if (!complete) {
            throw new IllegalArgumentException("a " + level + " path needs exactly its keys: " + section + "/"
                    + field + "/" + column);
        }
    }

    public static DefinitionPath form() {
        return FORM;
    }

    public static DefinitionPath section(String section) {
        return new DefinitionPath(Level.SECTION, section, null, null);
    }

    public static DefinitionPath field(String section, String field) {
        return new DefinitionPath(Level.FIELD, section, field, null);
    }

    public static DefinitionPath column(String section, String table, String column) {
        return new DefinitionPath(Level.COLUMN, section, table, column);
    }

    /** The node this one belongs to: a column's table, a field's section, a section's form (the form: itself). */
    public DefinitionPath parent() {
        return switch (level) {
            case FORM, SECTION -> FORM;
            case FIELD -> section(section);
            case COLUMN -> field(section, field);
        };
    }

    /** The path of a field or a column: a field's or column's node; {@code false} for the form and sections. */
    public boolean isField() {
        return level == Level.FIELD || level == Level.COLUMN;
    }

    /** The key rules read the node under: a field's key, {@code table.column} for a column. */
    public @Nullable String ruleKey() {
        return switch (level) {
            case FORM, SECTION -> null;
            case FIELD -> field;
            case COLUMN -> field + "." + column;
        };
    }
}
