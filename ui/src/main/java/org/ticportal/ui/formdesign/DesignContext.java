package org.ticportal.ui.formdesign;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import org.ticportal.core.form.FieldUse;
import org.ticportal.core.form.FormDefinition;
import org.ticportal.core.form.FormField;

/**
 * What the designer's parts read: the definition as it is now (never a copy of it), whether it may be edited, what the
 * policy's rules read, and the catalogs a choice may use. Edits do not go through here: parts fire
 * {@link DefinitionEditEvent}s.
 */
final class DesignContext {

    private final Supplier<FormDefinition> definition;
    private final boolean editable;
    private final Map<String, List<FieldUse>> uses;
    private final List<String> catalogs;
    private final Function<String, List<String>> catalogCodes;

    DesignContext(Supplier<FormDefinition> definition, boolean editable, Map<String, List<FieldUse>> uses,
                  List<String> catalogs, Function<String, List<String>> catalogCodes) {
        this.definition = definition;
        this.editable = editable;
        this.uses = uses;
        this.catalogs = catalogs;
        this.catalogCodes = catalogCodes;
    }

    FormDefinition definition() {
        return definition.get();
    }

    boolean editable() {
        return editable;
    }

    /** The rules and guards that read a field: by its key, its columns' or parts' keys, or its evidence code. */
    List<FieldUse> usesOf(FormField field) {
        List<FieldUse> list = new ArrayList<>();
        keysOf(field).forEach(k -> list.addAll(usesOfKey(k)));
        if (field.evidence() != null) {
            usesOfKey(field.evidence()).stream().filter(FieldUse::evidence).forEach(list::add);
        }
        return list;
    }

    /** The rules and guards that read this key. */
    List<FieldUse> usesOfKey(String key) {
        return uses.getOrDefault(key, List.of());
    }

    /** The keys rules read a field under: its own, {@code key.column} per column, {@code key.part} per part. */
    static List<String> keysOf(FormField f) {
        List<String> keys = new ArrayList<>();
        keys.add(f.key());
        f.columns().forEach(c -> keys.add(f.key() + "." + c.key()));
        f.parts().forEach(p -> keys.add(f.key() + "." + p));
        return keys;
    }

    /** The catalogs a choice may use: the well-known ones and the policy's own lists. */
    List<String> catalogs() {
        return catalogs;
    }

    /** The codes a catalog offers under the policy, for condition values. */
    List<String> catalogCodes(String catalog) {
        return catalogCodes.apply(catalog);
    }

    /** A field of the form by its label and key, e.g. "使用面积（area.usable）"; the key alone when there is none. */
    String fieldLabel(String key, Locale locale) {
        return definition().field(key).map(f -> f.label().get(locale) + "（" + key + "）").orElse(key);
    }
}
