package io.longwave.identity;

/** Error classes with the gRPC code The Things Stack puts in {@code code} and the HTTP status it answers with. */
public enum ErrorKind {
    INVALID_ARGUMENT(3, 400),
    NOT_FOUND(5, 404),
    ALREADY_EXISTS(6, 409),
    PERMISSION_DENIED(7, 403),
    RESOURCE_EXHAUSTED(8, 429),
    FAILED_PRECONDITION(9, 400),
    INTERNAL(13, 500),
    UNAUTHENTICATED(16, 401);

    private final int grpcCode;
    private final int httpStatus;

    ErrorKind(int grpcCode, int httpStatus) {
        this.grpcCode = grpcCode;
        this.httpStatus = httpStatus;
    }

    public int grpcCode() { return grpcCode; }
    public int httpStatus() { return httpStatus; }
}
