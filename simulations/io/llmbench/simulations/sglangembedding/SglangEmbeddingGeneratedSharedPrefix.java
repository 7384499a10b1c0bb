package io.llmbench.simulations.sglangembedding;

import static io.llmbench.backend.Backends.SGLANG_EMBEDDING;

import io.llmbench.gatling.LlmSimulation;

/** sglang-embedding × generated-shared-prefix; every other option from -Dllmbench.* or -Dconfig.file. */
public class SglangEmbeddingGeneratedSharedPrefix extends LlmSimulation {
  public SglangEmbeddingGeneratedSharedPrefix() {
    super(SGLANG_EMBEDDING, "generated-shared-prefix");
  }
}
