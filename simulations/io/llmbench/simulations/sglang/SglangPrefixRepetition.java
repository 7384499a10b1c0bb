package io.llmbench.simulations.sglang;

import static io.llmbench.backend.Backends.SGLANG;

import io.llmbench.gatling.LlmSimulation;

/** sglang × prefix-repetition; every other option from -Dllmbench.* or -Dconfig.file. */
public class SglangPrefixRepetition extends LlmSimulation {
  public SglangPrefixRepetition() {
    super(SGLANG, "prefix-repetition");
  }
}
