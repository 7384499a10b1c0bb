package io.llmbench.simulations.sglangoai;

import io.llmbench.gatling.LlmSimulation;

/** sglang-oai × burstgpt; every other option from -Dllmbench.* or -Dconfig.file. */
public class SglangOaiBurstgpt extends LlmSimulation {
  public SglangOaiBurstgpt() {
    super("sglang-oai", "burstgpt");
  }
}
