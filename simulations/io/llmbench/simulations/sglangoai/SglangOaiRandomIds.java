package io.llmbench.simulations.sglangoai;

import io.llmbench.gatling.LlmSimulation;

/** sglang-oai × random-ids; every other option from -Dllmbench.* or -Dconfig.file. */
public class SglangOaiRandomIds extends LlmSimulation {
  public SglangOaiRandomIds() {
    super("sglang-oai", "random-ids");
  }
}
