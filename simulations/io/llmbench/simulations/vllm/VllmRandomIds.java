package io.llmbench.simulations.vllm;

import static io.llmbench.backend.Backends.VLLM;

import io.llmbench.gatling.LlmSimulation;

/** vllm × random-ids; every other option from -Dllmbench.* or -Dconfig.file. */
public class VllmRandomIds extends LlmSimulation {
  public VllmRandomIds() {
    super(VLLM, "random-ids");
  }
}
