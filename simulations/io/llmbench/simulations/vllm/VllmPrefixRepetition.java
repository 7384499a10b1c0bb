package io.llmbench.simulations.vllm;

import io.llmbench.gatling.LlmSimulation;

/** vllm × prefix-repetition; every other option from -Dllmbench.* or -Dconfig.file. */
public class VllmPrefixRepetition extends LlmSimulation {
  public VllmPrefixRepetition() {
    super("vllm", "prefix-repetition");
  }
}
