package io.llmbench.simulations.sglangoai;

import static io.llmbench.backend.Backends.SGLANG_OAI;

import io.llmbench.gatling.LlmSimulation;

/** sglang-oai × burstgpt; every other option from -Dllmbench.* or -Dconfig.file. */
public class SglangOaiBurstgpt extends LlmSimulation {
  public SglangOaiBurstgpt() {
    super(SGLANG_OAI, "burstgpt");
  }
}
