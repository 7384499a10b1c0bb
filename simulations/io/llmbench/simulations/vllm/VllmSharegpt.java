package io.llmbench.simulations.vllm;

import static io.llmbench.backend.Backends.VLLM;

import io.llmbench.gatling.LlmSimulation;

/** vllm × sharegpt; every other option from -Dllmbench.* or -Dconfig.file. */
public class VllmSharegpt extends LlmSimulation {
  public VllmSharegpt() {
    super(VLLM, "sharegpt");
  }
}
