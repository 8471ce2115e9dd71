package org.ticportal.ui.security;

import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Lets a client that asks first ({@code Expect: 100-continue}) learn that its body is too large before it sends it:
 * Tomcat answers "100 Continue" only when the portal starts reading the body, so {@link UploadSizeLimit}'s 413 goes
 * out instead (Tomcat's default answers 100 at once, and the client then streams a body nobody reads).
 */
@Configuration
class UploadLimitConfiguration {

    @Bean
    TomcatConnectorCustomizer continueWhenTheBodyIsRead() {
        return connector -> connector.setProperty("continueResponseTiming", "onRead");
    }
}
