package io.llmbench.simulations.sglangoai;

import static io.llmbench.backend.Backends.SGLANG_OAI;

import io.llmbench.gatling.LlmSimulation;

/** sglang-oai × random; every other option from -Dllmbench.* or -Dconfig.file. */
public class SglangOaiRandom extends LlmSimulation {
  public SglangOaiRandom() {
    super(SGLANG_OAI, "random");
  }
}
