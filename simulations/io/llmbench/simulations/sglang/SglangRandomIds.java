package io.llmbench.simulations.sglang;

import static io.llmbench.backend.Backends.SGLANG;

import io.llmbench.gatling.LlmSimulation;

/** sglang × random-ids; every other option from -Dllmbench.* or -Dconfig.file. */
public class SglangRandomIds extends LlmSimulation {
  public SglangRandomIds() {
    super(SGLANG, "random-ids");
  }
}
