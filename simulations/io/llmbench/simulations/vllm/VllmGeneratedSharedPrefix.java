package io.llmbench.simulations.vllm;

import io.llmbench.gatling.LlmSimulation;

/** vllm × generated-shared-prefix; every other option from -Dllmbench.* or -Dconfig.file. */
public class VllmGeneratedSharedPrefix extends LlmSimulation {
  public VllmGeneratedSharedPrefix() {
    super("vllm", "generated-shared-prefix");
  }
}
