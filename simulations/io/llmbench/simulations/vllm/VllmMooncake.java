package io.llmbench.simulations.vllm;

import static io.llmbench.backend.Backends.VLLM;

import io.llmbench.gatling.LlmSimulation;

/** vllm × mooncake; every other option from -Dllmbench.* or -Dconfig.file. */
public class VllmMooncake extends LlmSimulation {
  public VllmMooncake() {
    super(VLLM, "mooncake");
  }
}
