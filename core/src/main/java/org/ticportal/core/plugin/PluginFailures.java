package org.ticportal.core.plugin;

/** Turns a plugin's exception into a reason an administrator can read. */
final class PluginFailures {

    private PluginFailures() {
    }

    static String describe(Throwable error) {
        StringBuilder sb = new StringBuilder();
        Throwable t = error;
        int depth = 0;
        while (t != null && depth < 4) {
            if (!sb.isEmpty()) {
                sb.append(" ← ");
            }
            sb.append(t.getClass().getSimpleName());
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                sb.append(": ").append(t.getMessage().strip());
            }
            t = t.getCause() == t ? null : t.getCause();
            depth++;
        }
        return sb.length() > 1000 ? sb.substring(0, 1000) : sb.toString();
    }
}
