package io.longwave.cli.command;

import io.longwave.cli.api.ApiRequest;

/** A command whose API call follows from its arguments alone: built apart from sending, so it can be checked. */
public interface BuildsRequest {

    ApiRequest request();
}
