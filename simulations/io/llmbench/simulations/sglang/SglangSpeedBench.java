package io.llmbench.simulations.sglang;

import io.llmbench.gatling.LlmSimulation;

/** sglang × speed-bench; every other option from -Dllmbench.* or -Dconfig.file. */
public class SglangSpeedBench extends LlmSimulation {
  public SglangSpeedBench() {
    super("sglang", "speed-bench");
  }
}
