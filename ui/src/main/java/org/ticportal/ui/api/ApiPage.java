package org.ticportal.ui.api;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One page of an API list.
 *
 * @param items the rows of this page
 * @param page  the page number, from 0
 * @param size  the page size asked for
 * @param total how many rows match the filter in all
 */
@Schema(description = "一页结果 / One page of results")
public record ApiPage<T>(@Schema(description = "本页数据 / the rows of this page") List<T> items,
                         @Schema(description = "页码，从 0 开始 / page number, from 0") int page,
                         @Schema(description = "每页条数（最多 200）/ page size (at most 200)") int size,
                         @Schema(description = "符合条件的总条数 / rows matching the filter") long total) {

    public ApiPage {
        items = List.copyOf(items);
        if (page < 0 || size < 1 || total < 0) {
            throw new IllegalArgumentException("page " + page + ", size " + size + ", total " + total);
        }
    }
}
