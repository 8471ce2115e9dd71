package org.ticportal.policy.xinzhou;

import org.pf4j.Plugin;

/** The plugin's lifecycle entry point. The policy itself is the {@link XinzhouPolicy} extension. */
public class XinzhouPlugin extends Plugin {
}
