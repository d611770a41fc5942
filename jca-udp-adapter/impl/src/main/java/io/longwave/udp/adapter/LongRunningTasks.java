package io.longwave.udp.adapter;

/** Starts long-running loops; the adapter uses the container's WorkManager, tests use plain threads. */
interface LongRunningTasks {

    /** Starts the loop; {@code stop} is called when the container asks the work to release. */
    void start(Runnable loop, Runnable stop) throws Exception;
}
