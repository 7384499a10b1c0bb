package io.llmbench.simulations.sglang;

import static io.llmbench.backend.Backends.SGLANG;

import io.llmbench.gatling.LlmSimulation;

/** sglang × sonnet; every other option from -Dllmbench.* or -Dconfig.file. */
public class SglangSonnet extends LlmSimulation {
  public SglangSonnet() {
    super(SGLANG, "sonnet");
  }
}
