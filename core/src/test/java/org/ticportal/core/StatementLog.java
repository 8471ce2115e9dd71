package org.ticportal.core;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The SQL statements the test thread sends while a piece of code runs, each with the portal's methods that sent it:
 * for tests that say how many statements a screen or a call costs. Import {@link Recording} into the test's context;
 * it wraps the data source (statements of other threads, such as schedulers, are not recorded).
 */
public final class StatementLog {

    private static final ThreadLocal<List<Sent>> RECORDING = new ThreadLocal<>();

    private StatementLog() {
    }

    /** One statement: its text and the portal's methods on the stack, innermost first. */
    public record Sent(String sql, String caller) {

        /** Whether the statement reads the table, e.g. {@code app_user}. */
        public boolean reads(String table) {
            String text = sql.toLowerCase(java.util.Locale.ROOT);
            return text.startsWith("select") && text.matches("(?s).*\\bfrom\\s+" + table + "\\b.*");
        }

        @Override
        public String toString() {
            return sql.replaceAll("\\s+", " ") + "\n      <- " + caller;
        }
    }

    /** The statements sent on this thread while {@code work} runs, in order. */
    public static List<Sent> record(Runnable work) {
        List<Sent> sent = new ArrayList<>();
        List<Sent> outer = RECORDING.get();
        RECORDING.set(sent);
        try {
            work.run();
        } finally {
            if (outer == null) {
                RECORDING.remove();
            } else {
                RECORDING.set(outer);
            }
        }
        return sent;
    }

    /** How many of the statements match. */
    public static long count(List<Sent> sent, Predicate<Sent> which) {
        return sent.stream().filter(which).count();
    }

    /** The list, one statement a line, for a test's output and its failure messages. */
    public static String describe(List<Sent> sent) {
        return sent.size() + " statements:\n" + sent.stream().map(s -> "  " + s).collect(Collectors.joining("\n"));
    }

    private static void sent(String sql) {
        List<Sent> sent = RECORDING.get();
        if (sent != null) {
            sent.add(new Sent(sql, caller()));
        }
    }

    private static String caller() {
        return StackWalker.getInstance().walk(frames -> frames
                .filter(f -> f.getClassName().startsWith("org.ticportal.")
                        && !f.getClassName().startsWith(StatementLog.class.getName())
                        && !f.getClassName().contains("$$"))
                .limit(4)
                .map(f -> f.getClassName().substring(f.getClassName().lastIndexOf('.') + 1) + "." + f.getMethodName())
                .collect(Collectors.joining(" <- ")));
    }

    /** Wraps the data source so that the statements of a recording thread are logged. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Recording {

        @Bean
        static BeanPostProcessor statementLogDataSource() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String beanName) {
                    if (!(bean instanceof DataSource)) {
                        return bean;
                    }
                    ProxyFactory factory = new ProxyFactory(bean);
                    factory.setProxyTargetClass(true);
                    factory.addAdvice((MethodInterceptor) invocation -> {
                        Object result = invocation.proceed();
                        boolean connection = "getConnection".equals(invocation.getMethod().getName());
                        return connection && result instanceof Connection c ? wrap(Connection.class, c) : result;
                    });
                    return factory.getProxy();
                }
            };
        }

        private static <T> T wrap(Class<T> type, T target) {
            InvocationHandler handler = (proxy, method, args) -> {
                if (args != null && args.length > 0 && args[0] instanceof String sql
                        && (method.getName().startsWith("prepare") || method.getName().startsWith("execute")
                        || method.getName().equals("addBatch"))) {
                    sent(sql);
                }
                Object result = invoke(method, target, args);
                if (result instanceof Statement s && !(result instanceof java.sql.PreparedStatement)) {
                    return wrap(Statement.class, s);
                }
                return result;
            };
            return type.cast(Proxy.newProxyInstance(StatementLog.class.getClassLoader(), new Class<?>[] {type},
                    handler));
        }

        private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }
    }
}
