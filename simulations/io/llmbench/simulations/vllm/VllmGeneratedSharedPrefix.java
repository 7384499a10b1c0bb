package io.llmbench.simulations.vllm;

import static io.llmbench.backend.Backends.VLLM;

import io.llmbench.gatling.LlmSimulation;

/** vllm × generated-shared-prefix; every other option from -Dllmbench.* or -Dconfig.file. */
public class VllmGeneratedSharedPrefix extends LlmSimulation {
  public VllmGeneratedSharedPrefix() {
    super(VLLM, "generated-shared-prefix");
  }
}
