package io.llmbench.simulations.vllmembedding;

import io.llmbench.gatling.LlmSimulation;

/** vllm-embedding × generated-shared-prefix; every other option from -Dllmbench.* or -Dconfig.file. */
public class VllmEmbeddingGeneratedSharedPrefix extends LlmSimulation {
  public VllmEmbeddingGeneratedSharedPrefix() {
    super("vllm-embedding", "generated-shared-prefix");
  }
}
