package io.llmbench.simulations.sglang;

import static io.llmbench.backend.Backends.SGLANG;

import io.llmbench.gatling.LlmSimulation;

/** sglang × random; every other option from -Dllmbench.* or -Dconfig.file. */
public class SglangRandom extends LlmSimulation {
  public SglangRandom() {
    super(SGLANG, "random");
  }
}
