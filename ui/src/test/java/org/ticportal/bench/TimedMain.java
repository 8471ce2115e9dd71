package org.ticportal.bench;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.metrics.buffering.StartupTimeline;
import org.springframework.core.metrics.StartupStep;

/**
 * The main class {@link StartupBench} starts each application with, in a JVM of its own: it runs the Spring Boot
 * application named by the first argument with a {@link BufferingApplicationStartup} and, once it is ready, prints on
 * standard output (lines starting {@code BENCH|}) the milliseconds from the JVM's start to {@code main} and to ready,
 * and for every start-up step (a bean's instantiation, a smart-initialize callback, the context refresh …) the time it
 * took itself, its children (e.g. the beans it depends on) not counted.
 */
public final class TimedMain {

    private TimedMain() {
    }

    public static void main(String[] args) throws Exception {
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        System.out.println("BENCH|main|" + (System.currentTimeMillis() - jvmStart));
        SpringApplication app = new SpringApplication(Class.forName(args[0]));
        BufferingApplicationStartup startup = new BufferingApplicationStartup(200_000);
        app.setApplicationStartup(startup);
        app.run(Arrays.copyOfRange(args, 1, args.length));
        System.out.println("BENCH|ready|" + (System.currentTimeMillis() - jvmStart));
        List<StartupTimeline.TimelineEvent> events = startup.getBufferedTimeline().getEvents();
        Map<Long, Long> children = new HashMap<>();
        for (StartupTimeline.TimelineEvent e : events) {
            Long parent = e.getStartupStep().getParentId();
            if (parent != null) {
                children.merge(parent, e.getDuration().toNanos(), Long::sum);
            }
        }
        for (StartupTimeline.TimelineEvent e : events) {
            StartupStep step = e.getStartupStep();
            long self = e.getDuration().toNanos() - children.getOrDefault(step.getId(), 0L);
            String bean = "";
            for (StartupStep.Tag tag : step.getTags()) {
                if (tag.getKey().equals("beanName")) {
                    bean = tag.getValue();
                }
            }
            System.out.println("BENCH|step|" + step.getName() + "|" + bean + "|" + self / 1_000_000 + "|"
                    + e.getDuration().toMillis() + "|" + (e.getStartTime().toEpochMilli() - jvmStart));
        }
        System.out.println("BENCH|end|" + events.size());
    }
}
