package io.llmbench.simulations.sglangoai;

import static io.llmbench.backend.Backends.SGLANG_OAI;

import io.llmbench.gatling.LlmSimulation;

/** sglang-oai × generated-shared-prefix; every other option from -Dllmbench.* or -Dconfig.file. */
public class SglangOaiGeneratedSharedPrefix extends LlmSimulation {
  public SglangOaiGeneratedSharedPrefix() {
    super(SGLANG_OAI, "generated-shared-prefix");
  }
}
