package io.longwave.web.api;

import io.longwave.identity.api.FieldMask;
import io.longwave.identity.api.ListRequest;
import io.longwave.identity.api.Page;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** The query parameters every list call takes ({@code limit}, {@code page}, {@code order}, {@code deleted}, {@code field_mask}). */
public class ListParams {

    @QueryParam("limit")
    @DefaultValue("0")
    int limit;

    @QueryParam("page")
    @DefaultValue("1")
    int page;

    @QueryParam("order")
    String order;

    @QueryParam("deleted")
    @DefaultValue("false")
    boolean deleted;

    @QueryParam("field_mask")
    List<String> fieldMask;

    @QueryParam("field_mask.paths")
    List<String> fieldMaskPaths;

    public ListRequest request() {
        return new ListRequest(limit, page, order, deleted);
    }

    public FieldMask mask() {
        return FieldMask.ofQuery(fieldMask, fieldMaskPaths);
    }

    /** A list answer with its {@code X-Total-Count}. */
    public static Response respond(Page page) {
        return Response.ok(page.body()).header("X-Total-Count", page.total()).build();
    }
}
