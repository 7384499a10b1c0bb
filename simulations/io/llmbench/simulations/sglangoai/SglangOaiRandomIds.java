package io.llmbench.simulations.sglangoai;

import static io.llmbench.backend.Backends.SGLANG_OAI;

import io.llmbench.gatling.LlmSimulation;

/** sglang-oai × random-ids; every other option from -Dllmbench.* or -Dconfig.file. */
public class SglangOaiRandomIds extends LlmSimulation {
  public SglangOaiRandomIds() {
    super(SGLANG_OAI, "random-ids");
  }
}
