package io.llmbench.simulations.sglangoai;

import static io.llmbench.backend.Backends.SGLANG_OAI;

import io.llmbench.gatling.LlmSimulation;

/** sglang-oai × prefix-repetition; every other option from -Dllmbench.* or -Dconfig.file. */
public class SglangOaiPrefixRepetition extends LlmSimulation {
  public SglangOaiPrefixRepetition() {
    super(SGLANG_OAI, "prefix-repetition");
  }
}
