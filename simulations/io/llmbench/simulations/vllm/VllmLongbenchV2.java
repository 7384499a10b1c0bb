package io.llmbench.simulations.vllm;

import static io.llmbench.backend.Backends.VLLM;

import io.llmbench.gatling.LlmSimulation;

/** vllm × longbench_v2; every other option from -Dllmbench.* or -Dconfig.file. */
public class VllmLongbenchV2 extends LlmSimulation {
  public VllmLongbenchV2() {
    super(VLLM, "longbench_v2");
  }
}
