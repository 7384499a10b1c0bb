package io.llmbench.simulations.sglang;

import io.llmbench.gatling.LlmSimulation;

/** sglang × mooncake; every other option from -Dllmbench.* or -Dconfig.file. */
public class SglangMooncake extends LlmSimulation {
  public SglangMooncake() {
    super("sglang", "mooncake");
  }
}
