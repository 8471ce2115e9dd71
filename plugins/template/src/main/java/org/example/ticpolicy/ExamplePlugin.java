package org.example.ticpolicy;

import org.pf4j.Plugin;

/** The plugin's lifecycle entry point. The policy itself is the {@link ExamplePolicy} extension. */
public class ExamplePlugin extends Plugin {
}
