package org.ticportal.core;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The core services without a UI, for integration tests. */
@SpringBootApplication
public class CoreTestApplication {
}
