package io.llmbench.simulations.sglang;

import static io.llmbench.backend.Backends.SGLANG;

import io.llmbench.gatling.LlmSimulation;

/** sglang × burstgpt; every other option from -Dllmbench.* or -Dconfig.file. */
public class SglangBurstgpt extends LlmSimulation {
  public SglangBurstgpt() {
    super(SGLANG, "burstgpt");
  }
}
