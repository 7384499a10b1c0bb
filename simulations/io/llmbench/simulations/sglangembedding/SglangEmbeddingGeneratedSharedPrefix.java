package io.llmbench.simulations.sglangembedding;

import io.llmbench.gatling.LlmSimulation;

/** sglang-embedding × generated-shared-prefix; every other option from -Dllmbench.* or -Dconfig.file. */
public class SglangEmbeddingGeneratedSharedPrefix extends LlmSimulation {
  public SglangEmbeddingGeneratedSharedPrefix() {
    super("sglang-embedding", "generated-shared-prefix");
  }
}
