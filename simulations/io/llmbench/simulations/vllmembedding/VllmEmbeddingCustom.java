package io.llmbench.simulations.vllmembedding;

import static io.llmbench.backend.Backends.VLLM_EMBEDDING;

import io.llmbench.gatling.LlmSimulation;

/** vllm-embedding × custom; every other option from -Dllmbench.* or -Dconfig.file. */
public class VllmEmbeddingCustom extends LlmSimulation {
  public VllmEmbeddingCustom() {
    super(VLLM_EMBEDDING, "custom");
  }
}
