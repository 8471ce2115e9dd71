package org.ticportal.core.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.ResolvableType;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;
import org.springframework.data.jpa.repository.query.DeclaredQuery;
import org.springframework.data.jpa.repository.query.QueryEnhancer;
import org.springframework.data.jpa.repository.query.QueryEnhancerFactories;
import org.springframework.data.projection.SpelAwareProxyProjectionFactory;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.ReturnedType;
import org.springframework.util.ClassUtils;

/**
 * Every JPQL {@code @Query} of the portal's repositories (its updates and deletes aside, which run as written) gets the
 * same alias, the same query for its result type, the same sorted query and, for a {@code Page} without a count query
 * of its own, the same derived count query from the regular-expression enhancer the portal uses
 * ({@link RepositoryConfiguration}) as from Spring Data's default ANTLR one (spaces and letter case aside): choosing
 * the faster enhancer changes no query. A new {@code @Query} the regular expressions read differently fails here.
 */
class RepositoryQueryEnhancerTest {

    private static final SpelAwareProxyProjectionFactory PROJECTIONS = new SpelAwareProxyProjectionFactory();

    /** One {@code @Query} string with the method it is on. */
    private record Declared(Method method, String query, boolean derivedCount, ReturnedType returned) {
    }

    @Test
    void theRegexEnhancerReadsEveryQueryAsTheAntlrOneDoes() throws Exception {
        List<Declared> queries = queries();
        assertThat(queries).as("the repositories' JPQL @Query strings (updates and deletes aside)")
                .hasSizeGreaterThan(30);
        assertThat(queries).as("those a count query is derived for").filteredOn(Declared::derivedCount)
                .hasSizeGreaterThanOrEqualTo(4);
        RepositoryConfiguration.RegexQueryEnhancerSelector selector =
                new RepositoryConfiguration.RegexQueryEnhancerSelector();
        List<String> differences = new ArrayList<>();
        for (Declared d : queries) {
            DeclaredQuery declared = DeclaredQuery.jpqlQuery(d.query());
            QueryEnhancer regex = selector.select(declared).create(declared);
            QueryEnhancer antlr = QueryEnhancerFactories.hql().create(declared);
            String where = d.method().getDeclaringClass().getSimpleName() + "." + d.method().getName();
            compare(differences, where + " alias", regex.detectAlias(), antlr.detectAlias());
            if (d.derivedCount()) {
                compare(differences, where + " count", regex.createCountQueryFor(null),
                        antlr.createCountQueryFor(null));
            }
            for (Sort sort : List.of(Sort.unsorted(), Sort.by("id").descending())) {
                QueryEnhancer.QueryRewriteInformation info = new Rewrite(sort, d.returned());
                compare(differences, where + " " + sort, regex.rewrite(info), antlr.rewrite(info));
            }
        }
        assertThat(differences).isEmpty();
    }

    @Test
    void thePortalsRepositoriesAreSetUpWithTheRegexEnhancer() throws Exception {
        EnableJpaRepositories enable = RepositoryConfiguration.class.getAnnotation(EnableJpaRepositories.class);
        assertThat(enable).as("RepositoryConfiguration declares the repositories").isNotNull();
        assertThat(enable.queryEnhancerSelector())
                .isEqualTo(RepositoryConfiguration.RegexQueryEnhancerSelector.class);
        // every repository with a @Query lies in the packages it scans
        assertThat(queries()).allSatisfy(d -> assertThat(d.method().getDeclaringClass().getPackageName())
                .startsWith(enable.basePackages()[0]));
    }

    @Test
    void nativeQueriesKeepSpringDatasDefault() {
        DeclaredQuery query = DeclaredQuery.nativeQuery("select count(*) from unit where id = ?1");
        assertThat(new RepositoryConfiguration.RegexQueryEnhancerSelector().select(query))
                .isSameAs(org.springframework.data.jpa.repository.query.QueryEnhancerSelector.DEFAULT_SELECTOR
                        .select(query));
    }

    private static void compare(List<String> differences, String what, String regex, String antlr) {
        if (!normal(regex).equals(normal(antlr))) {
            differences.add(what + ":\n  regex: " + regex + "\n  antlr: " + antlr);
        }
    }

    private static String normal(String query) {
        return query == null ? "" : query.replaceAll("\\s+", " ").replaceAll(" ?([(),]) ?", "$1").trim()
                .toLowerCase(Locale.ROOT);
    }

    private static List<Declared> queries() throws ClassNotFoundException {
        ClassPathScanningCandidateComponentProvider scan = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
                return definition.getMetadata().isInterface();
            }
        };
        scan.addIncludeFilter(new AssignableTypeFilter(Repository.class));
        List<Declared> out = new ArrayList<>();
        for (BeanDefinition definition : scan.findCandidateComponents("org.ticportal.core")) {
            Class<?> repository = ClassUtils.forName(definition.getBeanClassName(), null);
            Class<?> domain = ResolvableType.forClass(repository).as(Repository.class).resolveGeneric(0);
            for (Method method : repository.getDeclaredMethods()) {
                Query query = method.getAnnotation(Query.class);
                if (query == null || query.nativeQuery() || method.isAnnotationPresent(Modifying.class)) {
                    // an update or delete runs as written: never counted, sorted or projected
                    continue;
                }
                // Spring Data derives a count query only for a Page whose @Query gives none
                boolean derivedCount = Page.class.isAssignableFrom(method.getReturnType())
                        && query.countQuery().isEmpty();
                out.add(new Declared(method, query.value(), derivedCount,
                        ReturnedType.of(elementType(method), domain, PROJECTIONS)));
            }
        }
        return out;
    }

    /**
     * What one result is: a list's, page's, optional's or stream's element, or the return type itself; a row of
     * several values ({@code Object[]}) as {@code Object}.
     */
    private static Class<?> elementType(Method method) {
        ResolvableType type = ResolvableType.forMethodReturnType(method);
        Class<?> raw = type.resolve(Object.class);
        Class<?> element = Collection.class.isAssignableFrom(raw) || Slice.class.isAssignableFrom(raw)
                || Optional.class.equals(raw) || Stream.class.isAssignableFrom(raw)
                ? type.getGeneric(0).resolve(Object.class) : raw;
        return element.isArray() ? Object.class : ClassUtils.resolvePrimitiveIfNecessary(element);
    }

    private record Rewrite(Sort sort, ReturnedType returned) implements QueryEnhancer.QueryRewriteInformation {

        @Override
        public Sort getSort() {
            return sort;
        }

        @Override
        public ReturnedType getReturnedType() {
            return returned;
        }
    }
}
