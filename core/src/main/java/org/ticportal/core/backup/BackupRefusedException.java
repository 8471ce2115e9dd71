package org.ticportal.core.backup;

import java.util.Locale;
import org.ticportal.core.common.BusinessException;
import org.ticportal.core.common.CoreMessages;

/**
 * A backup or restore refused for a reason the administrator or operator can act on (a damaged archive, a newer
 * schema, no client tools, a database that is not empty). Its key is shown translated on screen; its message, for the
 * log and the start-up failure, is the English text.
 */
public class BackupRefusedException extends BusinessException {

    private static final long serialVersionUID = 1L;

    /**
     * @param messageKey a key of core's bundle
     * @param arguments  its arguments
     */
    public BackupRefusedException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }

    @Override
    public String getMessage() {
        try {
            return CoreMessages.format(getMessageKey(), Locale.ENGLISH, getArguments());
        } catch (RuntimeException e) {
            return super.getMessage();
        }
    }
}
