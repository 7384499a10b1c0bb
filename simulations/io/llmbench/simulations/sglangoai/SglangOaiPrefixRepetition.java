package io.llmbench.simulations.sglangoai;

import io.llmbench.gatling.LlmSimulation;

/** sglang-oai × prefix-repetition; every other option from -Dllmbench.* or -Dconfig.file. */
public class SglangOaiPrefixRepetition extends LlmSimulation {
  public SglangOaiPrefixRepetition() {
    super("sglang-oai", "prefix-repetition");
  }
}
