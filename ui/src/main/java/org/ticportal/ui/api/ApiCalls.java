package org.ticportal.ui.api;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.server.ResponseStatusException;
import org.ticportal.core.apiclient.ApiClientService;

/**
 * Runs one call of the read-only API: the services' scoped query in a read-only transaction (a write would fail
 * there too, besides the client's read-only authority), then one audit row — which client, which endpoint and
 * filter, how many rows.
 */
@Component
class ApiCalls {

    /** The largest page a client may ask for. */
    static final int MAX_PAGE_SIZE = 200;

    private final TransactionTemplate reads;
    private final ApiClientService clients;

    ApiCalls(PlatformTransactionManager transactions, ApiClientService clients) {
        this.reads = new TransactionTemplate(transactions);
        this.reads.setReadOnly(true);
        this.clients = clients;
    }

    <T> ApiPage<T> read(String endpoint, Filter filter, Supplier<ApiPage<T>> query) {
        ApiPage<T> page = reads.execute(tx -> query.get());
        clients.recordCall(endpoint, filter.toString(), page.items().size());
        return page;
    }

    /** A page request of at most {@value #MAX_PAGE_SIZE} rows; 400 for a negative page or a size out of range. */
    static PageRequest page(int page, int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "page must be 0 or more and size between 1 and " + MAX_PAGE_SIZE);
        }
        return PageRequest.of(page, size);
    }

    /**
     * The order a client asked for with {@code sort=field} or {@code sort=field,desc} (one field, ascending unless
     * {@code desc}), among the endpoint's sortable fields ({@code fields}: the API's name → the entity's property);
     * {@code fallback} when none is given; the id breaks ties. 400 for a field the endpoint does not sort by.
     */
    static Sort sort(@Nullable String sort, Map<String, String> fields, Sort fallback) {
        if (sort == null || sort.isBlank()) {
            return fallback;
        }
        String[] parts = sort.strip().split("\\s*,\\s*");
        String property = fields.get(parts[0]);
        boolean known = parts.length == 1 || (parts.length == 2
                && (parts[1].equalsIgnoreCase("asc") || parts[1].equalsIgnoreCase("desc")));
        if (property == null || !known) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "sort must be one of "
                    + String.join(", ", fields.keySet()) + ", optionally followed by ,asc or ,desc");
        }
        Sort.Direction direction = parts.length == 2 && parts[1].equalsIgnoreCase("desc")
                ? Sort.Direction.DESC : Sort.Direction.ASC;
        return Sort.by(new Sort.Order(direction, property), new Sort.Order(direction, "id"));
    }

    /** The filter of a call as the audit trail records it: the parameters given, in order. */
    static final class Filter {

        private final Map<String, Object> values = new LinkedHashMap<>();

        Filter with(String name, @Nullable Object value) {
            if (value != null && !(value instanceof String s && s.isBlank())
                    && !(value instanceof Boolean b && !b)) {
                values.put(name, value);
            }
            return this;
        }

        @Override
        public String toString() {
            return values.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("&"));
        }
    }
}
