package org.ticportal.policy.shanxi;

import org.pf4j.Plugin;

/** The plugin's lifecycle entry point. The policy itself is the {@link ShanxiPolicy} extension. */
public class ShanxiPlugin extends Plugin {
}
