package io.longwave.identity.api;

import jakarta.json.JsonObject;

/** One page of a list answer and the total number of matches (sent as {@code X-Total-Count}). */
public record Page(JsonObject body, long total) {
}
