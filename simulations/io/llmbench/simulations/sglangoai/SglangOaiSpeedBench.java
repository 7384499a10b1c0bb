package io.llmbench.simulations.sglangoai;

import io.llmbench.gatling.LlmSimulation;

/** sglang-oai × speed-bench; every other option from -Dllmbench.* or -Dconfig.file. */
public class SglangOaiSpeedBench extends LlmSimulation {
  public SglangOaiSpeedBench() {
    super("sglang-oai", "speed-bench");
  }
}
