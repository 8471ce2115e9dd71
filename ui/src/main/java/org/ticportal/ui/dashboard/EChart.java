package org.ticportal.ui.dashboard;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.html.Div;

/**
 * A chart drawn by Apache ECharts in the browser: the option (ECharts' JSON configuration, built on the server) is
 * drawn into this element on a canvas, and a click on one of its data elements (a bar, a slice) comes back to the
 * server as the element's index, which the listener gets as the element's value. ECharts is a static script served
 * from its webjar and loaded at run time (no frontend bundle); the client only ever sends an index, so a click
 * cannot ask for anything the chart did not offer.
 *
 * @param <T> what each data element stands for
 */
public class EChart<T> extends Div {

    /** The script, from the webjar {@code org.webjars.npm:echarts} (Spring Boot serves webjars under /webjars). */
    static final String SCRIPT = "context://webjars/echarts/5.3.1/dist/echarts.min.js";

    /**
     * Waits for the script, draws the option into the element (again on a re-attach), resizes it with the element, and
     * sends each click on a data element to the server.
     */
    private static final String DRAW = """
            const el = this;
            const option = JSON.parse($0);
            const draw = (tries) => {
              if (!window.echarts) {
                if (tries < 400) { setTimeout(() => draw(tries + 1), 50); }
                return;
              }
              const chart = window.echarts.getInstanceByDom(el) || window.echarts.init(el, null, {renderer: 'canvas'});
              chart.setOption(option, true);
              chart.off('click');
              chart.on('click', p => { if (p.dataIndex != null) { el.$server.elementClicked(p.dataIndex); } });
              if (!el.__ticResize) {
                el.__ticResize = new ResizeObserver(() => chart.resize());
                el.__ticResize.observe(el);
              }
            };
            draw(0);
            """;

    private final String option;
    private final List<T> elements;
    private final Consumer<T> onClick;

    /**
     * @param option   the ECharts option as JSON; its one series' data elements are {@code elements}, in order
     * @param elements what each data element stands for
     * @param onClick  what a click on a data element does
     */
    public EChart(String option, List<T> elements, Consumer<T> onClick) {
        this.option = Objects.requireNonNull(option, "option");
        this.elements = List.copyOf(elements);
        this.onClick = Objects.requireNonNull(onClick, "onClick");
        addClassName("echart");
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        attachEvent.getUI().getPage().addJavaScript(SCRIPT);
        getElement().executeJs(DRAW, option);
    }

    /** The option drawn, as JSON. */
    public String getOption() {
        return option;
    }

    /** What the data elements stand for, in order. */
    public List<T> getElements() {
        return elements;
    }

    /** A data element was clicked in the browser; an index the chart does not have is ignored. */
    @ClientCallable
    void elementClicked(int index) {
        if (index >= 0 && index < elements.size()) {
            onClick.accept(elements.get(index));
        }
    }

    /** Clicks the element at the index, as the browser does (for tests and keyboard access). */
    public void click(int index) {
        elementClicked(index);
    }
}
