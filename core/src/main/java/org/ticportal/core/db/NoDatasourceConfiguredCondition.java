package org.ticportal.core.db;

import org.springframework.boot.autoconfigure.condition.ConditionMessage;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Matches when no external database is configured: {@value #URL_PROPERTY} is unset or blank in every property source
 * (application properties, system properties, or the {@code SPRING_DATASOURCE_URL} environment variable).
 */
class NoDatasourceConfiguredCondition extends SpringBootCondition {

    static final String URL_PROPERTY = "spring.datasource.url";

    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
        ConditionMessage.Builder message = ConditionMessage.forCondition("No datasource configured");
        if (StringUtils.hasText(context.getEnvironment().getProperty(URL_PROPERTY))) {
            return ConditionOutcome.noMatch(message.found("property").items(URL_PROPERTY));
        }
        return ConditionOutcome.match(message.didNotFind("property").items(URL_PROPERTY));
    }
}
