package io.llmbench.simulations.vllm;

import static io.llmbench.backend.Backends.VLLM;

import io.llmbench.gatling.LlmSimulation;

/** vllm × custom; every other option from -Dllmbench.* or -Dconfig.file. */
public class VllmCustom extends LlmSimulation {
  public VllmCustom() {
    super(VLLM, "custom");
  }
}
