package io.longwave.web.api;

import io.longwave.identity.api.FieldMask;
import jakarta.ws.rs.QueryParam;
import java.util.List;

/** The read field mask of a get call: {@code ?field_mask=a,b} or repeated {@code field_mask.paths}. */
public class ReadMask {

    @QueryParam("field_mask")
    List<String> fieldMask;

    @QueryParam("field_mask.paths")
    List<String> fieldMaskPaths;

    public FieldMask mask() {
        return FieldMask.ofQuery(fieldMask, fieldMaskPaths);
    }
}
