package org.ticportal.core.common;

import java.util.Arrays;

/**
 * A refusal the user can act on, carrying a message key (resolved from the UI's bundles) and its arguments, plus
 * the field it concerns when there is one. The message is the key, for logs.
 */
public class BusinessException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;
    private final String field;

    public BusinessException(String messageKey, Object... arguments) {
        this(null, messageKey, arguments, true);
    }

    private BusinessException(String field, String messageKey, Object[] arguments, boolean unused) {
        super(messageKey + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments)));
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
        this.field = field;
    }

    /** A refusal concerning one field of a form, shown beside that field. */
    public static BusinessException onField(String field, String messageKey, Object... arguments) {
        return new BusinessException(field, messageKey, arguments, true);
    }

    public String getMessageKey() {
        return messageKey;
    }

    public Object[] getArguments() {
        return arguments.clone();
    }

    /** The form field the refusal concerns, or {@code null}. */
    public String getField() {
        return field;
    }
}
