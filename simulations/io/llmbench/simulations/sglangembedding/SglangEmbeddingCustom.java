package io.llmbench.simulations.sglangembedding;

import static io.llmbench.backend.Backends.SGLANG_EMBEDDING;

import io.llmbench.gatling.LlmSimulation;

/** sglang-embedding × custom; every other option from -Dllmbench.* or -Dconfig.file. */
public class SglangEmbeddingCustom extends LlmSimulation {
  public SglangEmbeddingCustom() {
    super(SGLANG_EMBEDDING, "custom");
  }
}
