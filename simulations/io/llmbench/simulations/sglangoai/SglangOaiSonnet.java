package io.llmbench.simulations.sglangoai;

import static io.llmbench.backend.Backends.SGLANG_OAI;

import io.llmbench.gatling.LlmSimulation;

/** sglang-oai × sonnet; every other option from -Dllmbench.* or -Dconfig.file. */
public class SglangOaiSonnet extends LlmSimulation {
  public SglangOaiSonnet() {
    super(SGLANG_OAI, "sonnet");
  }
}
