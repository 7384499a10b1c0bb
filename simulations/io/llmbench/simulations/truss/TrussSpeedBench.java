package io.llmbench.simulations.truss;

import static io.llmbench.backend.Backends.TRUSS;

import io.llmbench.gatling.LlmSimulation;

/** truss × speed-bench; every other option from -Dllmbench.* or -Dconfig.file. */
public class TrussSpeedBench extends LlmSimulation {
  public TrussSpeedBench() {
    super(TRUSS, "speed-bench");
  }
}
