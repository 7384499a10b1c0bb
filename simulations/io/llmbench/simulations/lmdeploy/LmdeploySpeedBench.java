package io.llmbench.simulations.lmdeploy;

import static io.llmbench.backend.Backends.LMDEPLOY;

import io.llmbench.gatling.LlmSimulation;

/** lmdeploy × speed-bench; every other option from -Dllmbench.* or -Dconfig.file. */
public class LmdeploySpeedBench extends LlmSimulation {
  public LmdeploySpeedBench() {
    super(LMDEPLOY, "speed-bench");
  }
}
