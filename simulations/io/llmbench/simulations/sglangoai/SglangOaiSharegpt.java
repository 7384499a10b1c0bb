package io.llmbench.simulations.sglangoai;

import io.llmbench.gatling.LlmSimulation;

/** sglang-oai × sharegpt; every other option from -Dllmbench.* or -Dconfig.file. */
public class SglangOaiSharegpt extends LlmSimulation {
  public SglangOaiSharegpt() {
    super("sglang-oai", "sharegpt");
  }
}
