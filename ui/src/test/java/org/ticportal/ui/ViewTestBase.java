package org.ticportal.ui;

import java.util.Locale;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the Browserless view tests: the whole portal on the embedded MariaDB with demo data, views driven without a
 * browser. Users come from {@code @WithMockUser} with a demo account's name.
 */
@SpringBootTest
public abstract class ViewTestBase extends SpringBrowserlessTest {

    @Autowired
    private SecurityContextHolderStrategy securityStrategy;

    @DynamicPropertySource
    static void portal(DynamicPropertyRegistry registry) {
        PortalTestProperties.register(registry);
    }

    @BeforeEach
    @Override
    protected void initVaadinEnvironment() {
        // Vaadin installs one security strategy per Spring context; make sure this context's is in use
        SecurityContextHolder.setContextHolderStrategy(securityStrategy);
        super.initVaadinEnvironment();
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
    }
}
