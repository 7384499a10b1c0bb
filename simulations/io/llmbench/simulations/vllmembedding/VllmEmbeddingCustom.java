package io.llmbench.simulations.vllmembedding;

import io.llmbench.gatling.LlmSimulation;

/** vllm-embedding × custom; every other option from -Dllmbench.* or -Dconfig.file. */
public class VllmEmbeddingCustom extends LlmSimulation {
  public VllmEmbeddingCustom() {
    super("vllm-embedding", "custom");
  }
}
