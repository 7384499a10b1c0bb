package io.llmbench.simulations.sglang;

import static io.llmbench.backend.Backends.SGLANG;

import io.llmbench.gatling.LlmSimulation;

/** sglang × sharegpt; every other option from -Dllmbench.* or -Dconfig.file. */
public class SglangSharegpt extends LlmSimulation {
  public SglangSharegpt() {
    super(SGLANG, "sharegpt");
  }
}
