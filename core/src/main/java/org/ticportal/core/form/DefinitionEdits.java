package org.ticportal.core.form;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import org.jspecify.annotations.Nullable;
import org.ticportal.policy.api.LocalizedText;

/**
 * The edits the form designer makes to a definition's tree: add, remove and move sections, fields and table columns,
 * and put a changed node in place. Each edit returns a new definition (records do not change) together with the node
 * to show next; the walk from a {@link DefinitionPath} to its node is written once, here. An edit that addresses a
 * node the definition does not have, or moves a node past either end, changes nothing.
 */
public final class DefinitionEdits {

    /** A definition after an edit, and the node the edit leads to (the new, moved, renamed or next node). */
    public record Edited(FormDefinition definition, DefinitionPath path) {
    }

    private DefinitionEdits() {
    }

    // ---- finding ----------------------------------------------------------------------------------------------------

    /** The section a path lies in (the form's path: none). */
    public static Optional<FormSection> section(FormDefinition d, DefinitionPath p) {
        if (p.level() == DefinitionPath.Level.FORM) {
            return Optional.empty();
        }
        return d.sections().stream().filter(s -> s.key().equals(p.section())).findFirst();
    }

    /** The field or column a path addresses. */
    public static Optional<FormField> field(FormDefinition d, DefinitionPath p) {
        if (!p.isField()) {
            return Optional.empty();
        }
        Optional<FormField> field = section(d, p).flatMap(s -> find(s.fields(), p.field()));
        return p.level() == DefinitionPath.Level.COLUMN ? field.flatMap(t -> find(t.columns(), p.column())) : field;
    }

    /** Whether the definition has the node. */
    public static boolean exists(FormDefinition d, DefinitionPath p) {
        return switch (p.level()) {
            case FORM -> true;
            case SECTION -> section(d, p).isPresent();
            case FIELD, COLUMN -> field(d, p).isPresent();
        };
    }

    /**
     * Whether another node already has this key where keys must be unique: another section (for a section), another
     * field of the form (for a field), another column of the same table (for a column).
     */
    public static boolean keyTaken(FormDefinition d, DefinitionPath p, String key) {
        return switch (p.level()) {
            case FORM -> false;
            case SECTION -> d.sections().stream().anyMatch(s -> s.key().equals(key) && !s.key().equals(p.section()));
            case FIELD -> d.fields().anyMatch(f -> f.key().equals(key) && !f.key().equals(p.field()));
            case COLUMN -> field(d, p.parent()).map(t -> t.columns().stream()
                    .anyMatch(c -> c.key().equals(key) && !c.key().equals(p.column()))).orElse(false);
        };
    }

    // ---- new keys ---------------------------------------------------------------------------------------------------

    /** {@code section1}, {@code section2} …: the first one no section has. */
    public static String newSectionKey(FormDefinition d) {
        return fresh("section", d.sections().stream().map(FormSection::key).toList());
    }

    /** {@code base1}, {@code base2} …: the first one no field of the form has. */
    public static String newFieldKey(FormDefinition d, String base) {
        return fresh(base, d.fields().map(FormField::key).toList());
    }

    /** {@code col1}, {@code col2} …: the first one no column of the table has. */
    public static String newColumnKey(FormField table) {
        return fresh("col", table.columns().stream().map(FormField::key).toList());
    }

    private static String fresh(String base, List<String> taken) {
        int i = 1;
        while (taken.contains(base + i)) {
            i++;
        }
        return base + i;
    }

    /**
     * Whether a new field of this type, added where {@code at} points, becomes a column of a table: when a column is
     * selected, or a table and the type can be a column.
     */
    public static boolean addsColumn(FormDefinition d, DefinitionPath at, FieldType type) {
        if (at.level() == DefinitionPath.Level.COLUMN) {
            return true;
        }
        return at.level() == DefinitionPath.Level.FIELD
                && field(d, at).filter(f -> f.type() == FieldType.TABLE).isPresent()
                && type != FieldType.TABLE && type != FieldType.ATTACHMENT && type != FieldType.COMPUTED;
    }

    // ---- adding -----------------------------------------------------------------------------------------------------

    /** A new empty section, after the section {@code at} lies in (at the end for the form). */
    public static Edited addSection(FormDefinition d, DefinitionPath at, String key, LocalizedText title) {
        List<FormSection> sections = new ArrayList<>(d.sections());
        int index = at.level() == DefinitionPath.Level.FORM ? -1 : indexOf(sections, at.section());
        sections.add(index < 0 ? sections.size() : index + 1, new FormSection(key, title, null, List.of()));
        return new Edited(d.withSections(sections), DefinitionPath.section(key));
    }

    /** A new field in the section {@code at} lies in: after the field {@code at} names, else at the section's end. */
    public static Edited addField(FormDefinition d, DefinitionPath at, FormField field) {
        if (section(d, at).isEmpty()) {
            return new Edited(d, at);
        }
        FormDefinition changed = withFields(d, at.section(), fields -> {
            int index = at.level() == DefinitionPath.Level.SECTION ? -1 : indexOfField(fields, at.field());
            fields.add(index < 0 ? fields.size() : index + 1, field);
            return fields;
        });
        return new Edited(changed, DefinitionPath.field(at.section(), field.key()));
    }

    /** A new column of the table {@code at} names (or of the column's table): after that column, else at the end. */
    public static Edited addColumn(FormDefinition d, DefinitionPath at, FormField column) {
        DefinitionPath table = at.level() == DefinitionPath.Level.COLUMN ? at.parent() : at;
        if (table.level() != DefinitionPath.Level.FIELD || field(d, table).isEmpty()) {
            return new Edited(d, at);
        }
        FormDefinition changed = withColumns(d, table, columns -> {
            int index = at.level() == DefinitionPath.Level.COLUMN ? indexOfField(columns, at.column()) : -1;
            columns.add(index < 0 ? columns.size() : index + 1, column);
            return columns;
        });
        return new Edited(changed, DefinitionPath.column(table.section(), table.field(), column.key()));
    }

    // ---- moving and removing ----------------------------------------------------------------------------------------

    /** The node moved {@code delta} places among its siblings; at either end it stays. */
    public static Edited move(FormDefinition d, DefinitionPath p, int delta) {
        if (!exists(d, p)) {
            return new Edited(d, p);
        }
        FormDefinition changed = switch (p.level()) {
            case FORM -> d;
            case SECTION -> {
                List<FormSection> sections = new ArrayList<>(d.sections());
                yield swap(sections, indexOf(sections, p.section()), delta) ? d.withSections(sections) : d;
            }
            case FIELD -> withFields(d, p.section(), fields -> swap(fields, indexOfField(fields, p.field()), delta)
                    ? fields : null);
            case COLUMN -> withColumns(d, p.parent(), columns -> swap(columns, indexOfField(columns, p.column()),
                    delta) ? columns : null);
        };
        return new Edited(changed, p);
    }

    /** The node removed; the path leads to what held it (a column's table, a field's section, a section's form). */
    public static Edited remove(FormDefinition d, DefinitionPath p) {
        if (p.level() == DefinitionPath.Level.FORM || !exists(d, p)) {
            return new Edited(d, p);
        }
        FormDefinition changed = switch (p.level()) {
            case SECTION -> {
                List<FormSection> sections = new ArrayList<>(d.sections());
                sections.remove(indexOf(sections, p.section()));
                yield d.withSections(sections);
            }
            case FIELD -> withFields(d, p.section(), fields -> {
                fields.remove(indexOfField(fields, p.field()));
                return fields;
            });
            default -> withColumns(d, p.parent(), columns -> {
                columns.remove(indexOfField(columns, p.column()));
                return columns;
            });
        };
        return new Edited(changed, p.parent());
    }

    // ---- changing a node in place ---------------------------------------------------------------------------------

    /** The field or column at {@code p} replaced; the path follows a new key. */
    public static Edited replace(FormDefinition d, DefinitionPath p, FormField changed) {
        if (!p.isField() || !exists(d, p)) {
            return new Edited(d, p);
        }
        if (p.level() == DefinitionPath.Level.COLUMN) {
            FormDefinition now = withColumns(d, p.parent(), columns -> {
                columns.set(indexOfField(columns, p.column()), changed);
                return columns;
            });
            return new Edited(now, DefinitionPath.column(p.section(), p.field(), changed.key()));
        }
        FormDefinition now = withFields(d, p.section(), fields -> {
            fields.set(indexOfField(fields, p.field()), changed);
            return fields;
        });
        return new Edited(now, DefinitionPath.field(p.section(), changed.key()));
    }

    /** The section at {@code p} replaced; the path follows a new key. */
    public static Edited replace(FormDefinition d, DefinitionPath p, FormSection changed) {
        if (p.level() != DefinitionPath.Level.SECTION || !exists(d, p)) {
            return new Edited(d, p);
        }
        List<FormSection> sections = new ArrayList<>(d.sections());
        sections.set(indexOf(sections, p.section()), changed);
        return new Edited(d.withSections(sections), DefinitionPath.section(changed.key()));
    }

    /** The field or column at {@code p} changed by a function (e.g. one of its withers); the path follows its key. */
    public static Edited update(FormDefinition d, DefinitionPath p, UnaryOperator<FormField> change) {
        return field(d, p).map(f -> replace(d, p, change.apply(f))).orElseGet(() -> new Edited(d, p));
    }

    // ---- the walk ---------------------------------------------------------------------------------------------------

    /** The definition with the fields of one section changed; a change giving {@code null} changes nothing. */
    private static FormDefinition withFields(FormDefinition d, String sectionKey,
                                             Function<List<FormField>, @Nullable List<FormField>> change) {
        List<FormSection> sections = new ArrayList<>(d.sections());
        int index = indexOf(sections, sectionKey);
        if (index < 0) {
            return d;
        }
        List<FormField> fields = change.apply(new ArrayList<>(sections.get(index).fields()));
        if (fields == null) {
            return d;
        }
        sections.set(index, sections.get(index).withFields(fields));
        return d.withSections(sections);
    }

    /** The definition with the columns of one table changed; a change giving {@code null} changes nothing. */
    private static FormDefinition withColumns(FormDefinition d, DefinitionPath table,
                                              Function<List<FormField>, @Nullable List<FormField>> change) {
        return withFields(d, table.section(), fields -> {
            int index = indexOfField(fields, table.field());
            if (index < 0) {
                return null;
            }
            List<FormField> columns = change.apply(new ArrayList<>(fields.get(index).columns()));
            if (columns == null) {
                return null;
            }
            fields.set(index, fields.get(index).withColumns(columns));
            return fields;
        });
    }

    private static <T> boolean swap(List<T> list, int index, int delta) {
        int to = index + delta;
        if (index < 0 || to < 0 || to >= list.size()) {
            return false;
        }
        Collections.swap(list, index, to);
        return true;
    }

    private static Optional<FormField> find(List<FormField> fields, String key) {
        return fields.stream().filter(f -> f.key().equals(key)).findFirst();
    }

    private static int indexOf(List<FormSection> sections, String key) {
        for (int i = 0; i < sections.size(); i++) {
            if (sections.get(i).key().equals(key)) {
                return i;
            }
        }
        return -1;
    }

    private static int indexOfField(List<FormField> fields, String key) {
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).key().equals(key)) {
                return i;
            }
        }
        return -1;
    }
}
