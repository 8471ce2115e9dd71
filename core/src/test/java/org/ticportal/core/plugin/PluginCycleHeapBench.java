package org.ticportal.core.plugin;

import static org.ticportal.core.TestUsers.as;

import java.io.InputStream;
import java.lang.management.ClassLoadingMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.ticportal.core.IntegrationTest;
import org.ticportal.core.user.Role;

/**
 * Issue 14: the heap after many plugin switches returns to its baseline — a stopped plugin's class loader is collected
 * (the runtime keeps no provider, the archive opens a version only when a pinned case asks for it). N cycles
 * ({@code -Dbench.cycles}, default 100) of the administrators' path through {@link PluginAdminService}: validate and
 * install a real plugin jar ({@code benchcycle} 1.0.0, built and compiled by {@link TestPluginBuilder} as a developer
 * would), validate and upgrade it to 1.1.0, remove it. Prints the used heap after a full collection (and the classes
 * loaded) at the start and every 20 cycles, and the time of each switch (validate + install, validate + upgrade,
 * remove). Prints figures, asserts nothing; excluded from normal builds, run with
 * {@code ./mvnw -B -ntp -o verify -pl core -am -Pbench -Dtest=PluginCycleHeapBench -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("bench")
@IntegrationTest
class PluginCycleHeapBench {

    private static final String ID = "benchcycle";
    private static final int CYCLES = Integer.getInteger("bench.cycles", 100);
    private static final int EVERY = 20;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        IntegrationTest.Properties.register(registry);
    }

    @Autowired
    PluginAdminService admin;

    @Test
    void heapAfterManyInstallUpgradeRemoveCycles() throws Exception {
        Path dir = Files.createTempDirectory("plugin-cycles");
        Path v1 = build("1.0.0", dir.resolve("v1"));
        Path v2 = build("1.1.0", dir.resolve("v2"));
        // one cycle first, so that the baseline holds what any first use loads (validator, archive, audit)
        cycle(0, v1, v2, false);
        System.out.printf("PluginCycleHeapBench: %d cycles of install %s, upgrade, remove; max heap %d MB%n", CYCLES,
                v1.getFileName(), Runtime.getRuntime().maxMemory() / 1024 / 1024);
        long baseline = report(0, -1);
        long[] total = new long[3];
        for (int c = 1; c <= CYCLES; c++) {
            long[] times = cycle(c, v1, v2, true);
            for (int i = 0; i < 3; i++) {
                total[i] += times[i];
            }
            if (c % EVERY == 0) {
                report(c, baseline);
            }
        }
        System.out.printf("PluginCycleHeapBench: mean switch times over %d cycles: install %.1f ms, upgrade %.1f ms, "
                + "remove %.1f ms%n", CYCLES, total[0] / 1e6 / CYCLES, total[1] / 1e6 / CYCLES,
                total[2] / 1e6 / CYCLES);
    }

    /** Install, upgrade, remove; the nanoseconds of each. */
    private long[] cycle(int n, Path v1, Path v2, boolean print) throws Exception {
        long t0 = System.nanoTime();
        install(v1);
        long t1 = System.nanoTime();
        install(v2);
        long t2 = System.nanoTime();
        as("root", Role.ADMIN, () -> {
            admin.remove(ID);
            return null;
        });
        long t3 = System.nanoTime();
        if (print) {
            System.out.printf("PluginCycleHeapBench: cycle %3d: install %6.1f ms, upgrade %6.1f ms, remove %6.1f ms%n",
                    n, (t1 - t0) / 1e6, (t2 - t1) / 1e6, (t3 - t2) / 1e6);
        }
        return new long[] {t1 - t0, t2 - t1, t3 - t2};
    }

    private void install(Path jar) throws Exception {
        try (InputStream in = Files.newInputStream(jar)) {
            PluginCandidate candidate = as("root", Role.ADMIN, () -> admin.validate(jar.getFileName().toString(), in));
            if (!candidate.installable()) {
                throw new IllegalStateException("not installable: " + candidate.problems());
            }
            as("root", Role.ADMIN, () -> admin.install(candidate.token()));
        }
    }

    private static long report(int cycles, long baseline) throws InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        ClassLoadingMXBean classes = ManagementFactory.getClassLoadingMXBean();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200); // lets reference processing and class unloading finish between collections
        }
        long used = memory.getHeapMemoryUsage().getUsed();
        System.out.printf("PluginCycleHeapBench: after %3d cycles: heap after full GC %7.1f MB%s, classes loaded %d "
                + "(unloaded so far %d)%n", cycles, used / 1024.0 / 1024.0,
                baseline < 0 ? " (baseline)" : String.format(" (%+.1f MB over the baseline)",
                        (used - baseline) / 1024.0 / 1024.0),
                classes.getLoadedClassCount(), classes.getUnloadedClassCount());
        return used;
    }

    private static Path build(String version, Path dir) throws Exception {
        Files.createDirectories(dir);
        return TestPluginBuilder.plugin(ID).version(version).extension("b.BenchPolicy",
                TestPluginBuilder.policySource("b", "BenchPolicy", ID)).buildJar(dir);
    }
}
