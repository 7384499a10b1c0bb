package io.llmbench.simulations.vllmembedding;

import static io.llmbench.backend.Backends.VLLM_EMBEDDING;

import io.llmbench.gatling.LlmSimulation;

/** vllm-embedding × longbench_v2; every other option from -Dllmbench.* or -Dconfig.file. */
public class VllmEmbeddingLongbenchV2 extends LlmSimulation {
  public VllmEmbeddingLongbenchV2() {
    super(VLLM_EMBEDDING, "longbench_v2");
  }
}
