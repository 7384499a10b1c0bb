package io.llmbench.simulations.sglang;

import static io.llmbench.backend.Backends.SGLANG;

import io.llmbench.gatling.LlmSimulation;

/** sglang × mmmu; every other option from -Dllmbench.* or -Dconfig.file. */
public class SglangMmmu extends LlmSimulation {
  public SglangMmmu() {
    super(SGLANG, "mmmu");
  }
}
