package io.llmbench.simulations.vllmembedding;

import static io.llmbench.backend.Backends.VLLM_EMBEDDING;

import io.llmbench.gatling.LlmSimulation;

/** vllm-embedding × prefix-repetition; every other option from -Dllmbench.* or -Dconfig.file. */
public class VllmEmbeddingPrefixRepetition extends LlmSimulation {
  public VllmEmbeddingPrefixRepetition() {
    super(VLLM_EMBEDDING, "prefix-repetition");
  }
}
