package io.llmbench.simulations.sglangoai;

import io.llmbench.gatling.LlmSimulation;

/** sglang-oai × custom; every other option from -Dllmbench.* or -Dconfig.file. */
public class SglangOaiCustom extends LlmSimulation {
  public SglangOaiCustom() {
    super("sglang-oai", "custom");
  }
}
