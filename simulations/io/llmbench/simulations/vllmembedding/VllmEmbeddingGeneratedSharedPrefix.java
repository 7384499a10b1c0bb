package io.llmbench.simulations.vllmembedding;

import static io.llmbench.backend.Backends.VLLM_EMBEDDING;

import io.llmbench.gatling.LlmSimulation;

/** vllm-embedding × generated-shared-prefix; every other option from -Dllmbench.* or -Dconfig.file. */
public class VllmEmbeddingGeneratedSharedPrefix extends LlmSimulation {
  public VllmEmbeddingGeneratedSharedPrefix() {
    super(VLLM_EMBEDDING, "generated-shared-prefix");
  }
}
