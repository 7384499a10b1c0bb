package io.llmbench.config;

/** Timing of the embedded mock server (used when {@code base-url = mock}). */
public record MockSettings(double ttftMs, double itlMs, int tokensPerChunk, double jitterMs) {}
