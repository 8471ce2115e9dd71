package org.ticportal.core.plugin;

import org.ticportal.core.common.BusinessException;

/** Installing or upgrading a plugin failed; the message key says whether the previous version was put back. */
public class PluginInstallException extends BusinessException {

    public PluginInstallException(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
