package io.llmbench.simulations.sglangembedding;

import static io.llmbench.backend.Backends.SGLANG_EMBEDDING;

import io.llmbench.gatling.LlmSimulation;

/** sglang-embedding × sonnet; every other option from -Dllmbench.* or -Dconfig.file. */
public class SglangEmbeddingSonnet extends LlmSimulation {
  public SglangEmbeddingSonnet() {
    super(SGLANG_EMBEDDING, "sonnet");
  }
}
