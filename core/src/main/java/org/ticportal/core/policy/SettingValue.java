package org.ticportal.core.policy;

import org.ticportal.policy.api.setting.SettingDefinition;

/**
 * A policy setting with its current value.
 *
 * @param definition what the plugin declares
 * @param value      the value in force
 * @param overridden whether an administrator set it (otherwise it is the plugin's default)
 * @param version    the stored value's version for optimistic locking, or -1 when none is stored
 */
public record SettingValue(SettingDefinition definition, String value, boolean overridden, long version) {
}
