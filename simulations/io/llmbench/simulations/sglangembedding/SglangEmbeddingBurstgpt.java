package io.llmbench.simulations.sglangembedding;

import static io.llmbench.backend.Backends.SGLANG_EMBEDDING;

import io.llmbench.gatling.LlmSimulation;

/** sglang-embedding × burstgpt; every other option from -Dllmbench.* or -Dconfig.file. */
public class SglangEmbeddingBurstgpt extends LlmSimulation {
  public SglangEmbeddingBurstgpt() {
    super(SGLANG_EMBEDDING, "burstgpt");
  }
}
