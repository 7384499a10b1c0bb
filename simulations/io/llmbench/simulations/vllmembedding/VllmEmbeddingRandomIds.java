package io.llmbench.simulations.vllmembedding;

import static io.llmbench.backend.Backends.VLLM_EMBEDDING;

import io.llmbench.gatling.LlmSimulation;

/** vllm-embedding × random-ids; every other option from -Dllmbench.* or -Dconfig.file. */
public class VllmEmbeddingRandomIds extends LlmSimulation {
  public VllmEmbeddingRandomIds() {
    super(VLLM_EMBEDDING, "random-ids");
  }
}
