package io.llmbench.simulations.sglangembedding;

import static io.llmbench.backend.Backends.SGLANG_EMBEDDING;

import io.llmbench.gatling.LlmSimulation;

/** sglang-embedding × prefix-repetition; every other option from -Dllmbench.* or -Dconfig.file. */
public class SglangEmbeddingPrefixRepetition extends LlmSimulation {
  public SglangEmbeddingPrefixRepetition() {
    super(SGLANG_EMBEDDING, "prefix-repetition");
  }
}
