package io.llmbench.simulations.sglang;

import static io.llmbench.backend.Backends.SGLANG;

import io.llmbench.gatling.LlmSimulation;

/** sglang × custom; every other option from -Dllmbench.* or -Dconfig.file. */
public class SglangCustom extends LlmSimulation {
  public SglangCustom() {
    super(SGLANG, "custom");
  }
}
