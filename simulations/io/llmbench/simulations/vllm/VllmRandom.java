package io.llmbench.simulations.vllm;

import static io.llmbench.backend.Backends.VLLM;

import io.llmbench.gatling.LlmSimulation;

/** vllm × random; every other option from -Dllmbench.* or -Dconfig.file. */
public class VllmRandom extends LlmSimulation {
  public VllmRandom() {
    super(VLLM, "random");
  }
}
