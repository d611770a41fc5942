package io.longwave.identity.api;

import io.longwave.identity.IdentityException;
import java.util.Map;

/**
 * Paging and ordering of a list call: {@code limit} (0 = up to {@link #MAX_LIMIT}), 1-based {@code page},
 * {@code order} as a field name with an optional {@code -} for descending.
 */
public record ListRequest(int limit, int page, String order, boolean deleted) {

    public static final int MAX_LIMIT = 1000;

    public ListRequest {
        if (limit < 0 || limit > MAX_LIMIT) {
            throw IdentityException.invalid("limit", "must be between 0 and " + MAX_LIMIT);
        }
        if (page < 0) {
            throw IdentityException.invalid("page", "must not be negative");
        }
    }

    public int effectiveLimit() {
        return limit == 0 ? MAX_LIMIT : limit;
    }

    public int offset() {
        return (Math.max(page, 1) - 1) * effectiveLimit();
    }

    /**
     * The SQL ORDER BY for this request: {@code columns} maps the API field names that may be ordered by to
     * column expressions; the default is the entity ID. Unknown fields are refused, so no request text
     * ever reaches the SQL.
     */
    public String orderBy(Map<String, String> columns, String idColumn) {
        if (order == null || order.isBlank()) {
            return idColumn;
        }
        boolean desc = order.startsWith("-");
        String field = desc ? order.substring(1) : order;
        String column = columns.get(field);
        if (column == null) {
            throw IdentityException.invalid("order", "cannot order by `" + field + "`; use one of " + columns.keySet());
        }
        return column + (desc ? " DESC" : " ASC") + ", " + idColumn;
    }
}
