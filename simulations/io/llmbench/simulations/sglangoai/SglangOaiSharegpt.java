package io.llmbench.simulations.sglangoai;

import static io.llmbench.backend.Backends.SGLANG_OAI;

import io.llmbench.gatling.LlmSimulation;

/** sglang-oai × sharegpt; every other option from -Dllmbench.* or -Dconfig.file. */
public class SglangOaiSharegpt extends LlmSimulation {
  public SglangOaiSharegpt() {
    super(SGLANG_OAI, "sharegpt");
  }
}
