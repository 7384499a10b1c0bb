package io.llmbench.simulations.truss;

import io.llmbench.gatling.LlmSimulation;

/** truss × speed-bench; every other option from -Dllmbench.* or -Dconfig.file. */
public class TrussSpeedBench extends LlmSimulation {
  public TrussSpeedBench() {
    super("truss", "speed-bench");
  }
}
