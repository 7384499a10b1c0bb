package io.llmbench.simulations;

import io.llmbench.gatling.LlmSimulation;
import java.util.Map;

/**
 * The demo run of the README's first command: SGLang's native backend against the embedded mock server, a small
 * random workload under Poisson arrivals, after a warm-up that brings the shared JVM up to speed. Every option can be overridden with {@code -Dllmbench.<key>=...}.
 */
public class DefaultSimulation extends LlmSimulation {
  public DefaultSimulation() {
    super(Map.of(
        "num-prompts", 200,
        "random-input-len", 256,
        "random-output-len", 128,
        "request-rate", 20,
        "max-concurrency", 64,
        // one JVM runs both the client and the mock: warm its JIT before measuring
        "warmup-requests", 64));
  }
}
