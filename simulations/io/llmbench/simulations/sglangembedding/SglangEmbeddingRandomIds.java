package io.llmbench.simulations.sglangembedding;

import static io.llmbench.backend.Backends.SGLANG_EMBEDDING;

import io.llmbench.gatling.LlmSimulation;

/** sglang-embedding × random-ids; every other option from -Dllmbench.* or -Dconfig.file. */
public class SglangEmbeddingRandomIds extends LlmSimulation {
  public SglangEmbeddingRandomIds() {
    super(SGLANG_EMBEDDING, "random-ids");
  }
}
