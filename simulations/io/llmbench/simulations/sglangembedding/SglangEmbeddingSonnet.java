package io.llmbench.simulations.sglangembedding;

import io.llmbench.gatling.LlmSimulation;

/** sglang-embedding × sonnet; every other option from -Dllmbench.* or -Dconfig.file. */
public class SglangEmbeddingSonnet extends LlmSimulation {
  public SglangEmbeddingSonnet() {
    super("sglang-embedding", "sonnet");
  }
}
