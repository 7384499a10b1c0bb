package io.llmbench.simulations.sglangoai;

import io.llmbench.gatling.LlmSimulation;

/** sglang-oai × generated-shared-prefix; every other option from -Dllmbench.* or -Dconfig.file. */
public class SglangOaiGeneratedSharedPrefix extends LlmSimulation {
  public SglangOaiGeneratedSharedPrefix() {
    super("sglang-oai", "generated-shared-prefix");
  }
}
