package io.llmbench.simulations.sglangoai;

import static io.llmbench.backend.Backends.SGLANG_OAI;

import io.llmbench.gatling.LlmSimulation;

/** sglang-oai × speed-bench; every other option from -Dllmbench.* or -Dconfig.file. */
public class SglangOaiSpeedBench extends LlmSimulation {
  public SglangOaiSpeedBench() {
    super(SGLANG_OAI, "speed-bench");
  }
}
