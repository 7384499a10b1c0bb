package io.llmbench.mock;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * How the mock server behaves. Start from {@link #defaults()} and change fields with the {@code withX} copies.
 *
 * @param host address to bind (loopback by default: the mock is for local tests only)
 * @param port port to bind, 0 for an ephemeral one
 * @param ttftMs time from the decoded request to the first content chunk
 * @param gapMs time between content chunks
 * @param tokensPerChunk output tokens carried by each content chunk (the last one may carry fewer)
 * @param jitterMs each chunk's target time moves by a uniform amount in [-jitterMs, +jitterMs]
 * @param seed seeds the jitter; each request mixes in its generation ordinal, so runs repeat
 * @param defaultOutputTokens output tokens when the request names no maximum
 * @param roleChunk chat streams open with a role-only delta, as vLLM and SGLang do
 * @param model id reported by {@code /v1/models} and echoed in responses
 * @param faultPlan fault for the N-th generation request received (1-based); a body's {@code mock.fail} wins
 * @param logFile where to append the truth log as JSONL, or null for none
 * @param keepLog keep the truth log in memory for {@link MockServer#log()} (turn off for long standalone runs)
 * @param workerThreads event-loop threads serving connections
 * @param timerTickMs chunk timers fire on a grid of this many ms (a chunk goes out at the first grid point at or
 *     after its due time, never before): fewer timer wake-ups for about half a tick of mean lateness; 0 = exact
 * @param tls serve HTTPS with a certificate made at start ({@link MockServer#certificate()}) instead of HTTP
 */
public record MockConfig(
    String host,
    int port,
    double ttftMs,
    double gapMs,
    int tokensPerChunk,
    double jitterMs,
    long seed,
    int defaultOutputTokens,
    boolean roleChunk,
    String model,
    Map<Long, Fault> faultPlan,
    Path logFile,
    boolean keepLog,
    int workerThreads,
    double timerTickMs,
    boolean tls) {

  public MockConfig {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(model, "model");
    faultPlan = Map.copyOf(faultPlan);
    if (port < 0 || port > 65535) throw new IllegalArgumentException("port: " + port);
    if (ttftMs < 0 || gapMs < 0 || jitterMs < 0 || timerTickMs < 0) {
      throw new IllegalArgumentException("times must be >= 0");
    }
    if (tokensPerChunk < 1) throw new IllegalArgumentException("tokensPerChunk must be >= 1");
    if (defaultOutputTokens < 1) throw new IllegalArgumentException("defaultOutputTokens must be >= 1");
    if (workerThreads < 1) throw new IllegalArgumentException("workerThreads must be >= 1");
  }

  /**
   * 200 ms to the first token, 20 ms gaps, one token per chunk, no jitter, 128 tokens, loopback, ephemeral port,
   * 0.5 ms timer grid, plain HTTP.
   */
  public static MockConfig defaults() {
    return new MockConfig(
        "127.0.0.1",
        0,
        200.0,
        20.0,
        1,
        0.0,
        42L,
        128,
        true,
        "llmbench-mock",
        Map.of(),
        null,
        true,
        Runtime.getRuntime().availableProcessors(),
        0.5,
        false);
  }

  public MockConfig withHost(String v) {
    return new MockConfig(v, port, ttftMs, gapMs, tokensPerChunk, jitterMs, seed, defaultOutputTokens, roleChunk,
        model, faultPlan, logFile, keepLog, workerThreads, timerTickMs, tls);
  }

  public MockConfig withPort(int v) {
    return new MockConfig(host, v, ttftMs, gapMs, tokensPerChunk, jitterMs, seed, defaultOutputTokens, roleChunk,
        model, faultPlan, logFile, keepLog, workerThreads, timerTickMs, tls);
  }

  public MockConfig withTtftMs(double v) {
    return new MockConfig(host, port, v, gapMs, tokensPerChunk, jitterMs, seed, defaultOutputTokens, roleChunk,
        model, faultPlan, logFile, keepLog, workerThreads, timerTickMs, tls);
  }

  public MockConfig withGapMs(double v) {
    return new MockConfig(host, port, ttftMs, v, tokensPerChunk, jitterMs, seed, defaultOutputTokens, roleChunk,
        model, faultPlan, logFile, keepLog, workerThreads, timerTickMs, tls);
  }

  public MockConfig withTokensPerChunk(int v) {
    return new MockConfig(host, port, ttftMs, gapMs, v, jitterMs, seed, defaultOutputTokens, roleChunk,
        model, faultPlan, logFile, keepLog, workerThreads, timerTickMs, tls);
  }

  public MockConfig withJitterMs(double v) {
    return new MockConfig(host, port, ttftMs, gapMs, tokensPerChunk, v, seed, defaultOutputTokens, roleChunk,
        model, faultPlan, logFile, keepLog, workerThreads, timerTickMs, tls);
  }

  public MockConfig withSeed(long v) {
    return new MockConfig(host, port, ttftMs, gapMs, tokensPerChunk, jitterMs, v, defaultOutputTokens, roleChunk,
        model, faultPlan, logFile, keepLog, workerThreads, timerTickMs, tls);
  }

  public MockConfig withDefaultOutputTokens(int v) {
    return new MockConfig(host, port, ttftMs, gapMs, tokensPerChunk, jitterMs, seed, v, roleChunk,
        model, faultPlan, logFile, keepLog, workerThreads, timerTickMs, tls);
  }

  public MockConfig withRoleChunk(boolean v) {
    return new MockConfig(host, port, ttftMs, gapMs, tokensPerChunk, jitterMs, seed, defaultOutputTokens, v,
        model, faultPlan, logFile, keepLog, workerThreads, timerTickMs, tls);
  }

  public MockConfig withModel(String v) {
    return new MockConfig(host, port, ttftMs, gapMs, tokensPerChunk, jitterMs, seed, defaultOutputTokens, roleChunk,
        v, faultPlan, logFile, keepLog, workerThreads, timerTickMs, tls);
  }

  public MockConfig withFaultPlan(Map<Long, Fault> v) {
    return new MockConfig(host, port, ttftMs, gapMs, tokensPerChunk, jitterMs, seed, defaultOutputTokens, roleChunk,
        model, v, logFile, keepLog, workerThreads, timerTickMs, tls);
  }

  /** Adds one entry to the fault plan: the {@code nth} generation request received (1-based) gets {@code fault}. */
  public MockConfig withFaultAt(long nth, Fault fault) {
    if (nth < 1) throw new IllegalArgumentException("nth is 1-based: " + nth);
    Map<Long, Fault> plan = new HashMap<>(faultPlan);
    plan.put(nth, fault);
    return withFaultPlan(plan);
  }

  public MockConfig withLogFile(Path v) {
    return new MockConfig(host, port, ttftMs, gapMs, tokensPerChunk, jitterMs, seed, defaultOutputTokens, roleChunk,
        model, faultPlan, v, keepLog, workerThreads, timerTickMs, tls);
  }

  public MockConfig withKeepLog(boolean v) {
    return new MockConfig(host, port, ttftMs, gapMs, tokensPerChunk, jitterMs, seed, defaultOutputTokens, roleChunk,
        model, faultPlan, logFile, v, workerThreads, timerTickMs, tls);
  }

  public MockConfig withWorkerThreads(int v) {
    return new MockConfig(host, port, ttftMs, gapMs, tokensPerChunk, jitterMs, seed, defaultOutputTokens, roleChunk,
        model, faultPlan, logFile, keepLog, v, timerTickMs, tls);
  }

  public MockConfig withTimerTickMs(double v) {
    return new MockConfig(host, port, ttftMs, gapMs, tokensPerChunk, jitterMs, seed, defaultOutputTokens, roleChunk,
        model, faultPlan, logFile, keepLog, workerThreads, v, tls);
  }

  public MockConfig withTls(boolean v) {
    return new MockConfig(host, port, ttftMs, gapMs, tokensPerChunk, jitterMs, seed, defaultOutputTokens, roleChunk,
        model, faultPlan, logFile, keepLog, workerThreads, timerTickMs, v);
  }
}
