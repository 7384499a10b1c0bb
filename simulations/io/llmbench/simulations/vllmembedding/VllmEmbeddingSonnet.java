package io.llmbench.simulations.vllmembedding;

import static io.llmbench.backend.Backends.VLLM_EMBEDDING;

import io.llmbench.gatling.LlmSimulation;

/** vllm-embedding × sonnet; every other option from -Dllmbench.* or -Dconfig.file. */
public class VllmEmbeddingSonnet extends LlmSimulation {
  public VllmEmbeddingSonnet() {
    super(VLLM_EMBEDDING, "sonnet");
  }
}
