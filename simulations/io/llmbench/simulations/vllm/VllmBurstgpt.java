package io.llmbench.simulations.vllm;

import static io.llmbench.backend.Backends.VLLM;

import io.llmbench.gatling.LlmSimulation;

/** vllm × burstgpt; every other option from -Dllmbench.* or -Dconfig.file. */
public class VllmBurstgpt extends LlmSimulation {
  public VllmBurstgpt() {
    super(VLLM, "burstgpt");
  }
}
