package org.ticportal.bench;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import javax.management.ObjectName;

import com.vaadin.browserless.internal.MockVaadin;
import com.vaadin.browserless.internal.SessionObjects;
import com.vaadin.browserless.internal.UIFactory;
import com.vaadin.browserless.mocks.MockedUI;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.internal.CurrentInstance;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.server.VaadinSession;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.TestPropertySource;
import org.ticportal.core.form.FormDraftService;
import org.ticportal.core.form.FormVersion;
import org.ticportal.core.form.FormVersionService;
import org.ticportal.ui.ViewTestBase;

/**
 * How much heap an open session of the form designer keeps, beside the form list: N Browserless sessions of each
 * screen are opened and held, and the heap after a full GC is compared with the heap before (the used heap as the
 * memory bean reports it, and a class histogram diff naming the classes that grew most). Prints figures, asserts
 * nothing. Component location tracking (a dev-mode aid that keeps a stack trace per component) is off, as in
 * production. Run with {@code ./mvnw -B -ntp -o verify -pl ui -am -Pbench} (N: {@code -Dbench.sessions=40}).
 */
@Tag("bench")
// a production portal tracks no component locations; dev mode keeps a stack trace per component, which would swamp
// what the screens themselves hold
@TestPropertySource(properties = "vaadin.devmode.componentTracker.enabled=false")
class DesignerHeapBench extends ViewTestBase {

    private static final int N = Integer.getInteger("bench.sessions", 40);

    @Autowired
    FormVersionService versions;

    @Autowired
    FormDraftService drafts;

    @Test
    @WithUserDetails("admin")
    void retainedHeapPerSession() throws Exception {
        FormVersion draft = drafts.startDraft("xinzhou", "APPLICATION");
        String designer = "admin/forms/" + draft.getId();
        StringBuilder report = new StringBuilder("\n==== retained heap per session (N = " + N
                + ", after full GC) ====\n");
        try {
            report.append(measure("form list (admin/forms)", ui -> ui.navigate("admin/forms")));
            report.append(measure("designer, Xinzhou APPLICATION draft", ui -> ui.navigate(designer)));
        } finally {
            drafts.discardDraft(draft.getId(), versions.get(draft.getId()).getVersion());
        }
        System.out.println(report);
    }

    /** Opens N sessions on a screen, holds them, and reports what they keep. */
    private String measure(String screen, Consumer<UI> open) throws Exception {
        // warm up: classes, caches and per-service state are not the session's
        for (int i = 0; i < 3; i++) {
            openSession(open);
        }
        // the histogram taken last is alive while the next one is taken: keep one alive before as after
        Map<String, long[]> earlier = histogram();
        Map<String, long[]> before = histogram();
        earlier.clear();
        long usedBefore = usedAfterGc();
        List<Object> held = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < N; i++) {
            held.add(openSession(open));
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        long usedAfter = usedAfterGc();
        Map<String, long[]> after = histogram();
        long total = 0;
        List<Map.Entry<String, Long>> growth = new ArrayList<>();
        for (Map.Entry<String, long[]> e : after.entrySet()) {
            long[] b = before.getOrDefault(e.getKey(), new long[2]);
            long delta = e.getValue()[1] - b[1];
            total += delta;
            growth.add(Map.entry(e.getKey(), delta));
        }
        for (Map.Entry<String, long[]> e : before.entrySet()) {
            if (!after.containsKey(e.getKey())) {
                total -= e.getValue()[1];
            }
        }
        growth.sort((a, b) -> Long.compare(b.getValue(), a.getValue()));
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%-40s histogram diff %7.1f KB/session · used after GC %7.1f KB/session"
                        + " · %d ms/session%n", screen, total / 1024.0 / N, (usedAfter - usedBefore) / 1024.0 / N,
                millis / N));
        growth.stream().limit(12).forEach(g -> out.append(String.format(Locale.ROOT, "      %8.1f KB  %s%n",
                g.getValue() / 1024.0 / N, g.getKey())));
        held.clear();
        System.out.println(out);
        return out.toString();
    }

    /** A new HTTP and Vaadin session with one UI, as a browser opening the portal makes, then the screen. */
    private Object openSession(Consumer<UI> open) {
        UI previousUi = UI.getCurrent();
        VaadinSession previousSession = VaadinSession.getCurrent();
        VaadinRequest previousRequest = VaadinRequest.getCurrent();
        VaadinResponse previousResponse = VaadinResponse.getCurrent();
        try {
            SessionObjects objects = MockVaadin.createSessionObjects((VaadinServletService) VaadinService.getCurrent());
            CurrentInstance.set(VaadinRequest.class, objects.getRequest());
            CurrentInstance.set(VaadinResponse.class, objects.getResponse());
            VaadinSession.setCurrent(objects.getSession());
            UIFactory factory = MockedUI::new;
            MockVaadin.createUI(factory, objects.getSession());
            UI ui = UI.getCurrent();
            open.accept(ui);
            MockVaadin.clientRoundtrip();
            ui.getInternals().getStateTree().collectChanges(change -> {
            });
            return objects;
        } finally {
            CurrentInstance.set(VaadinRequest.class, previousRequest);
            CurrentInstance.set(VaadinResponse.class, previousResponse);
            VaadinSession.setCurrent(previousSession);
            UI.setCurrent(previousUi);
        }
    }

    /**
     * The used heap once a full GC frees nothing more: what one GC clears (soft and weak references, cleaners) lets
     * the next free what it held, so GCs are repeated until the figure stops falling (at most ten).
     */
    private static long usedAfterGc() {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 10; i++) {
            System.gc();
            long now = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            if (now >= used) {
                break;
            }
            used = now;
        }
        return used;
    }

    /** Instances and bytes per class after a full GC ({@code jcmd GC.class_histogram}). */
    private static Map<String, long[]> histogram() throws Exception {
        String text = (String) ManagementFactory.getPlatformMBeanServer().invoke(
                new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                new Object[] {new String[0]}, new String[] {String[].class.getName()});
        Map<String, long[]> classes = new HashMap<>();
        for (String line : text.split("\\R")) {
            String[] parts = line.strip().split("\\s+");
            if (parts.length >= 4 && parts[0].endsWith(":")) {
                classes.merge(parts[3], new long[] {Long.parseLong(parts[1]), Long.parseLong(parts[2])},
                        (a, b) -> new long[] {a[0] + b[0], a[1] + b[1]});
            }
        }
        return classes;
    }
}
