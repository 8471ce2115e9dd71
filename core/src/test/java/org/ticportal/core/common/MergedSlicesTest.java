package org.ticportal.core.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.data.domain.Sort;

/**
 * Several ordered sources merged into one order, each read a slice at a time and only as far as the rows taken need:
 * the inbox reads the first rows of each waiting stage, not every candidate.
 */
class MergedSlicesTest {

    private static final Sort SORT = Sort.by("since", "id");

    /** Reads of each source, as "source:page". */
    private final List<String> reads = new ArrayList<>();

    @Test
    void theSourcesRowsComeInOneOrderReadASliceAtATimeAsFarAsTaken() {
        MergedSlices<Integer> merged = new MergedSlices<>(List.of(source("a", 1, 4, 7, 10, 13),
                source("b", 2, 5, 8), source("c", 3, 6, 9, 12, 15, 18), source("empty")), 2, SORT,
                Comparator.naturalOrder());
        assertThat(reads).as("each source's first slice").containsExactly("a:0", "b:0", "c:0", "empty:0");

        List<Integer> first = take(merged, 4);
        assertThat(first).containsExactly(1, 2, 3, 4);
        assertThat(reads).as("a's second slice once its first two were taken, no more")
                .containsExactly("a:0", "b:0", "c:0", "empty:0", "a:1");

        List<Integer> rest = new ArrayList<>();
        merged.forEachRemaining(rest::add);
        assertThat(rest).containsExactly(5, 6, 7, 8, 9, 10, 12, 13, 15, 18);
        assertThat(reads).as("every slice read once").containsExactlyInAnyOrder("a:0", "b:0", "c:0", "empty:0", "a:1",
                "a:2", "b:1", "c:1", "c:2");
        assertThat(merged.hasNext()).isFalse();
        assertThatThrownBy(merged::next).isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void noSourcesMergeToNothing() {
        assertThat(new MergedSlices<Integer>(List.of(), 10, SORT, Comparator.naturalOrder()).hasNext()).isFalse();
        assertThatThrownBy(() -> new MergedSlices<Integer>(List.of(), 0, SORT, Comparator.naturalOrder()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** A source that serves the rows in slices of the request's size, noting each read. */
    private Function<Pageable, Slice<Integer>> source(String name, Integer... rows) {
        return page -> {
            assertThat(page.getSort()).isEqualTo(SORT);
            reads.add(name + ":" + page.getPageNumber());
            int from = (int) page.getOffset();
            int to = Math.min(rows.length, from + page.getPageSize());
            List<Integer> content = from >= rows.length ? List.of() : List.of(rows).subList(from, to);
            return new SliceImpl<>(content, page, to < rows.length);
        };
    }

    private static List<Integer> take(MergedSlices<Integer> merged, int n) {
        List<Integer> taken = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            taken.add(merged.next());
        }
        return taken;
    }
}
