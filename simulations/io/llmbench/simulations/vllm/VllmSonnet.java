package io.llmbench.simulations.vllm;

import static io.llmbench.backend.Backends.VLLM;

import io.llmbench.gatling.LlmSimulation;

/** vllm × sonnet; every other option from -Dllmbench.* or -Dconfig.file. */
public class VllmSonnet extends LlmSimulation {
  public VllmSonnet() {
    super(VLLM, "sonnet");
  }
}
