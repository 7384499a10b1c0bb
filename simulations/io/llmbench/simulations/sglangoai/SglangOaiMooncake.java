package io.llmbench.simulations.sglangoai;

import io.llmbench.gatling.LlmSimulation;

/** sglang-oai × mooncake; every other option from -Dllmbench.* or -Dconfig.file. */
public class SglangOaiMooncake extends LlmSimulation {
  public SglangOaiMooncake() {
    super("sglang-oai", "mooncake");
  }
}
