package io.llmbench.schedule;

/**
 * One step of a ramp: from the request intended at {@code offsetNanos} on, the target rate has reached
 * {@code rps} (an integer, as in vLLM's {@code rps_change_events}).
 */
public record RateChange(long offsetNanos, int rps) {}
