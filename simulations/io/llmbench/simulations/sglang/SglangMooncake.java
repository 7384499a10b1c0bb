package io.llmbench.simulations.sglang;

import static io.llmbench.backend.Backends.SGLANG;

import io.llmbench.gatling.LlmSimulation;

/** sglang × mooncake; every other option from -Dllmbench.* or -Dconfig.file. */
public class SglangMooncake extends LlmSimulation {
  public SglangMooncake() {
    super(SGLANG, "mooncake");
  }
}
