package org.ticportal.core.policy;

/**
 * A setting an administrator changes.
 *
 * @param key             the setting's key
 * @param value           the new value
 * @param expectedVersion the version the administrator saw ({@link SettingValue#version()}, -1 when none was stored)
 */
public record SettingChange(String key, String value, long expectedVersion) {
}
