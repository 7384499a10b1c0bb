package io.llmbench.simulations.sglangoai;

import static io.llmbench.backend.Backends.SGLANG_OAI;

import io.llmbench.gatling.LlmSimulation;

/** sglang-oai × mooncake; every other option from -Dllmbench.* or -Dconfig.file. */
public class SglangOaiMooncake extends LlmSimulation {
  public SglangOaiMooncake() {
    super(SGLANG_OAI, "mooncake");
  }
}
