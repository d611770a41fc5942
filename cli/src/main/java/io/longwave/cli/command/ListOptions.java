package io.longwave.cli.command;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/** Paging, order, soft-deleted entities and the read field mask of list commands, as query parameters. */
public final class ListOptions {

    @Option(names = "--limit", description = "Entries per page (0: all, up to 1000).")
    Integer limit;

    @Option(names = "--page", description = "Page number, from 1.")
    Integer page;

    @Option(names = "--order", description = "Field to order by; prefix '-' for descending, e.g. -created_at.")
    String order;

    @Option(names = "--deleted", description = "List soft-deleted entities (admin).")
    boolean deleted;

    @Option(names = "--field-mask", split = ",", paramLabel = "FIELD",
            description = "Fields to read (default: all).")
    List<String> fieldMask;

    public Map<String, String> query() {
        Map<String, String> q = new LinkedHashMap<>();
        if (limit != null) {
            q.put("limit", Integer.toString(limit));
        }
        if (page != null) {
            q.put("page", Integer.toString(page));
        }
        if (order != null) {
            q.put("order", order);
        }
        if (deleted) {
            q.put("deleted", "true");
        }
        if (fieldMask != null && !fieldMask.isEmpty()) {
            q.put("field_mask", String.join(",", fieldMask));
        }
        return q;
    }
}
