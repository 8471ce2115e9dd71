package org.ticportal.core.plugin;

import org.ticportal.core.common.BusinessException;

/**
 * The policy a case is pinned to cannot be used: its plugin is stopped or removed and no archived copy of that
 * version exists, or the plugin failed while answering. The message key names the plugin for the user.
 */
public class PolicyUnavailableException extends BusinessException {

    public PolicyUnavailableException(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
