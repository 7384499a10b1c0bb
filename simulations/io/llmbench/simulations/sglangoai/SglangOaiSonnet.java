package io.llmbench.simulations.sglangoai;

import io.llmbench.gatling.LlmSimulation;

/** sglang-oai × sonnet; every other option from -Dllmbench.* or -Dconfig.file. */
public class SglangOaiSonnet extends LlmSimulation {
  public SglangOaiSonnet() {
    super("sglang-oai", "sonnet");
  }
}
