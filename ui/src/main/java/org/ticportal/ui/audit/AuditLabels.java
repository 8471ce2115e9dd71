package org.ticportal.ui.audit;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.ticportal.core.audit.AuditAction;
import org.ticportal.core.audit.AuditEvent;
import org.ticportal.core.audit.AuditSubject;
import org.ticportal.core.plugin.ProcedureNames;
import org.ticportal.core.user.Role;
import org.ticportal.policy.api.LocalizedText;

/**
 * The audit trail's codes in the reader's language (审计记录): an action by its label ({@code audit.action.<NAME>};
 * a step of a policy's procedure by the policy's name for it), a record type by {@code audit.subject.<NAME>}, and a
 * before or after value that is a code by the name the portal gives it (an application's stage by its policy's name,
 * a role, a state such as {@code CONFIRMED}); anything else reads as recorded.
 */
public final class AuditLabels {

    /** The states services record as before and after values, each named by {@code audit.value.<CODE>}. */
    static final Set<String> VALUES = Set.of("ACTIVE", "INACTIVE", "LOCKED", "ENABLED", "DISABLED", "REGISTERED",
            "PENDING", "CONFIRMED", "REFUSED", "DRAFT", "SUBMITTED", "RETURNED", "PUBLISHED", "RUNNING", "COMPLETE",
            "FAILED", "DAMAGED", "STARTED", "STOPPED", "DRAWN", "DECLARED", "SCORED", "RECTIFYING", "REVOKED",
            "CONVERTED", "RETAIN", "RECTIFY", "REVOKE", "CONFIRM");
    /** The roles, named by {@code role.<ROLE>} (a user's access begins with one). */
    private static final Set<String> ROLES = Arrays.stream(Role.values()).map(Role::name).collect(Collectors.toSet());

    private final Function<String, String> translate;
    private final Locale locale;
    private final ProcedureNames procedures;

    /**
     * @param translate  the screen's translation of a key ({@code !key!} when it has none)
     * @param locale     the reader's language
     * @param procedures the names of the running policies' steps and stages
     */
    public AuditLabels(Function<String, String> translate, Locale locale, ProcedureNames procedures) {
        this.translate = translate;
        this.locale = locale;
        this.procedures = procedures;
    }

    /** The key of an action's label. */
    static String key(AuditAction action) {
        return "audit.action." + action.name();
    }

    /** What was done, in words; the code where neither the portal nor a policy names it. */
    String action(AuditEvent event) {
        return action(event.getSubjectType(), event.getAction(), event.getFromState());
    }

    /** An action in words, as {@link #action(AuditEvent)}: of a record of that type, taken from that value. */
    public String action(String subjectType, String code, @Nullable String from) {
        var known = AuditAction.ofCode(code);
        if (known.isPresent()) {
            return translate.apply(key(known.get()));
        }
        if (AuditSubject.APPLICATION.name().equals(subjectType)) {
            LocalizedText step = procedures.step(code, from);
            if (step != null) {
                return step.get(locale);
            }
        }
        return code;
    }

    /** A label of an action for the filter. */
    String action(AuditAction action) {
        return translate.apply(key(action));
    }

    /** Every action the portal records, by its label. */
    List<AuditAction> actionsByLabel() {
        Comparator<AuditAction> byLabel = Comparator.comparing(this::action, java.text.Collator.getInstance(locale));
        return Arrays.stream(AuditAction.values()).sorted(byLabel).toList();
    }

    /** The record type as users read it (申报, 技术创新中心 …); the code where no label is known. */
    String subject(String code) {
        return known("audit.subject." + code, code);
    }

    /**
     * A before or after value read in words where it is a code the portal names: an application's stage, a role (a
     * user's access begins with one), a state; otherwise as recorded ({@code null} stays {@code null}).
     */
    @Nullable String value(String subjectType, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return value;
        }
        int space = value.indexOf(' ');
        if (space > 0 && ROLES.contains(value.substring(0, space))) {
            // a user's access: the role in words, its scope (body=…, unit=…) as recorded
            return translate.apply("role." + value.substring(0, space)) + value.substring(space);
        }
        if (!value.matches("[A-Z][A-Z0-9_]*")) {
            return value;
        }
        if (AuditSubject.APPLICATION.name().equals(subjectType)) {
            LocalizedText stage = procedures.stage(value);
            if (stage != null) {
                return stage.get(locale);
            }
        }
        if (ROLES.contains(value)) {
            return translate.apply("role." + value);
        }
        return VALUES.contains(value) ? translate.apply("audit.value." + value) : value;
    }

    private String known(String key, String otherwise) {
        String text = translate.apply(key);
        return text == null || text.startsWith("!") ? otherwise : text;
    }
}
