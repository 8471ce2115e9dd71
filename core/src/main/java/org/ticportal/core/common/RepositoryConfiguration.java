package org.ticportal.core.common;

import org.springframework.context.annotation.Configuration;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;
import org.springframework.data.jpa.repository.query.DeclaredQuery;
import org.springframework.data.jpa.repository.query.QueryEnhancerFactories;
import org.springframework.data.jpa.repository.query.QueryEnhancerFactory;
import org.springframework.data.jpa.repository.query.QueryEnhancerSelector;

/**
 * The portal's Spring Data JPA repositories (all in {@code org.ticportal.core}), declared here instead of by Spring
 * Boot's auto-configuration only to choose how Spring Data reads the {@code @Query} strings: with its regular-expression
 * enhancer ({@link QueryEnhancerFactories#fallback()}) rather than its ANTLR HQL grammar.
 *
 * <p>Why: Spring Data builds an enhancer for each {@code @Query} string while the repositories are created, before the
 * web server starts, and its ANTLR HQL parser starts cold (the grammar's prediction tables are filled while parsing;
 * spring-data-jpa#4326; the build resolves spring-data-jpa 4.0.6, and whether 4.0.8 has the fix is not known). On the
 * 2-core reference machine (busy beside another benchmark) a fresh JVM built the enhancers of the 49 JPQL
 * {@code @Query} strings in 4.6–5.7 s with the grammar and in 51–74 ms with the regular expressions, and the
 * repositories' own time at a portal restart fell from 14.4 s to 3.7–4.4 s (issue 13, P3). The
 * enhancer only derives a count query for a {@code Page} whose {@code @Query} gives none, finds the alias and appends a
 * {@code Pageable}'s or {@code Sort}'s order; for the portal's queries ({@code select … from Entity alias where …}) the
 * regular expressions give the same queries as the grammar ({@code RepositoryQueryEnhancerTest} compares every one,
 * so a query they would read differently fails the build), and Hibernate still parses and validates every query
 * itself at start-up, so a wrong query still fails the start. Native queries keep Spring Data's default.
 */
@Configuration(proxyBeanMethods = false)
@EnableJpaRepositories(basePackages = "org.ticportal.core",
        queryEnhancerSelector = RepositoryConfiguration.RegexQueryEnhancerSelector.class)
public class RepositoryConfiguration {

    /** JPQL/HQL {@code @Query} strings: the regular-expression enhancer; native ones: Spring Data's default. */
    public static final class RegexQueryEnhancerSelector implements QueryEnhancerSelector {

        @Override
        public QueryEnhancerFactory select(DeclaredQuery query) {
            return query.isNative() ? DEFAULT_SELECTOR.select(query) : QueryEnhancerFactories.fallback();
        }
    }
}
