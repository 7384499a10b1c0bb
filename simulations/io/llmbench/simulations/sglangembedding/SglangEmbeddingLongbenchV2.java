package io.llmbench.simulations.sglangembedding;

import static io.llmbench.backend.Backends.SGLANG_EMBEDDING;

import io.llmbench.gatling.LlmSimulation;

/** sglang-embedding × longbench_v2; every other option from -Dllmbench.* or -Dconfig.file. */
public class SglangEmbeddingLongbenchV2 extends LlmSimulation {
  public SglangEmbeddingLongbenchV2() {
    super(SGLANG_EMBEDDING, "longbench_v2");
  }
}
