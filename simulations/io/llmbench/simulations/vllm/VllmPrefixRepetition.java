package io.llmbench.simulations.vllm;

import static io.llmbench.backend.Backends.VLLM;

import io.llmbench.gatling.LlmSimulation;

/** vllm × prefix-repetition; every other option from -Dllmbench.* or -Dconfig.file. */
public class VllmPrefixRepetition extends LlmSimulation {
  public VllmPrefixRepetition() {
    super(VLLM, "prefix-repetition");
  }
}
