package io.llmbench.simulations.vllmembedding;

import io.llmbench.gatling.LlmSimulation;

/** vllm-embedding × sonnet; every other option from -Dllmbench.* or -Dconfig.file. */
public class VllmEmbeddingSonnet extends LlmSimulation {
  public VllmEmbeddingSonnet() {
    super("vllm-embedding", "sonnet");
  }
}
