package io.llmbench.simulations.sglangoai;

import static io.llmbench.backend.Backends.SGLANG_OAI;

import io.llmbench.gatling.LlmSimulation;

/** sglang-oai × custom; every other option from -Dllmbench.* or -Dconfig.file. */
public class SglangOaiCustom extends LlmSimulation {
  public SglangOaiCustom() {
    super(SGLANG_OAI, "custom");
  }
}
