package org.ticportal.core.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * Rows like those of the centers grid (name, type, lead unit, cluster, division, recognised on, number, status), made
 * up page by page and never held, for the export's tests and benchmark.
 */
final class SyntheticRows implements ExportSource {

    static final List<String> HEADERS = List.of("\u540d\u79f0", "\u7c7b\u578b", "\u7275\u5934\u5355\u4f4d",
            "\u4ea7\u4e1a\u96c6\u7fa4", "\u63a8\u8350\u5355\u4f4d", "\u8ba4\u5b9a\u65e5\u671f",
            "\u8ba4\u5b9a\u6587\u53f7", "\u72b6\u6001");
    private static final String[] DIVISIONS = {"\u5ffb\u5e9c\u533a", "\u539f\u5e73\u5e02", "\u5b9a\u8944\u53bf",
            "\u4e94\u53f0\u53bf"};

    private final long rows;
    private final IntConsumer beforePage;

    SyntheticRows(long rows, IntConsumer beforePage) {
        this.rows = rows;
        this.beforePage = beforePage;
    }

    SyntheticRows(long rows) {
        this(rows, page -> { });
    }

    @Override
    public List<String> headers() {
        return HEADERS;
    }

    @Override
    public long count() {
        return rows;
    }

    @Override
    public List<List<?>> page(int page, int size) {
        beforePage.accept(page);
        List<List<?>> out = new ArrayList<>(size);
        for (long i = (long) page * size; i < Math.min(rows, (long) (page + 1) * size); i++) {
            out.add(List.of("\u5ffb\u5dde\u5e02\u7b2c" + i + "\u53f7\u65b0\u6750\u6599\u6280\u672f\u521b\u65b0\u4e2d\u5fc3",
                    "\u9886\u57df\u7c7b", "\u5ffb\u5dde\u793a\u8303\u65b0\u6750\u6599\u6709\u9650\u516c\u53f8" + (i % 997),
                    "\u65b0\u6750\u6599", DIVISIONS[(int) (i % DIVISIONS.length)],
                    LocalDate.of(2020, 1, 1).plusDays(i % 2000).toString(),
                    "\u5ffb\u79d1\u3014" + (2020 + i % 6) + "\u3015" + i + "\u53f7", "\u6709\u6548"));
        }
        return out;
    }
}
