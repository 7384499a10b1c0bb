package io.llmbench.simulations;

import io.llmbench.config.SweepSteps;
import io.llmbench.gatling.LlmSuiteSimulation;
import java.util.Map;

/**
 * One run per rate of {@code llmbench.sweep.request-rates}, in turn against the same server, e.g.
 * {@code -Dllmbench.sweep.request-rates.0=1 -Dllmbench.sweep.request-rates.1=4 -Dllmbench.sweep.duration=60s}.
 */
public class RateSweep extends LlmSuiteSimulation {
  public RateSweep() {
    super(Map.of(), SweepSteps.load());
  }
}
