package io.llmbench.simulations.lmdeploy;

import io.llmbench.gatling.LlmSimulation;

/** lmdeploy × speed-bench; every other option from -Dllmbench.* or -Dconfig.file. */
public class LmdeploySpeedBench extends LlmSimulation {
  public LmdeploySpeedBench() {
    super("lmdeploy", "speed-bench");
  }
}
