package io.longwave.web.api;

import io.longwave.identity.auth.Caller;
import jakarta.enterprise.context.RequestScoped;

/** The caller of the current request, set by {@link CallerFilter}. */
@RequestScoped
public class RequestCaller {

    private Caller caller = Caller.ANONYMOUS;

    public Caller get() {
        return caller;
    }

    void set(Caller caller) {
        this.caller = caller;
    }
}
