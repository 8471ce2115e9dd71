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
        this(null, messageKey, arguments);
    }

    public BusinessException(String field, String messageKey, Object... arguments) {
        super(messageKey + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments)));
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
        this.field = field;
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
