package io.llmbench.simulations.sglangoai;

import io.llmbench.gatling.LlmSimulation;

/** sglang-oai × random; every other option from -Dllmbench.* or -Dconfig.file. */
public class SglangOaiRandom extends LlmSimulation {
  public SglangOaiRandom() {
    super("sglang-oai", "random");
  }
}
