package io.llmbench.simulations.sglang;

import static io.llmbench.backend.Backends.SGLANG;

import io.llmbench.gatling.LlmSimulation;

/** sglang × speed-bench; every other option from -Dllmbench.* or -Dconfig.file. */
public class SglangSpeedBench extends LlmSimulation {
  public SglangSpeedBench() {
    super(SGLANG, "speed-bench");
  }
}
