package io.llmbench.simulations.vllm;

import static io.llmbench.backend.Backends.VLLM;

import io.llmbench.gatling.LlmSimulation;

/** vllm × speed-bench; every other option from -Dllmbench.* or -Dconfig.file. */
public class VllmSpeedBench extends LlmSimulation {
  public VllmSpeedBench() {
    super(VLLM, "speed-bench");
  }
}
