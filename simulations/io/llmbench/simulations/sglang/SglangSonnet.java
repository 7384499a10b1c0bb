package io.llmbench.simulations.sglang;

import io.llmbench.gatling.LlmSimulation;

/** sglang × sonnet; every other option from -Dllmbench.* or -Dconfig.file. */
public class SglangSonnet extends LlmSimulation {
  public SglangSonnet() {
    super("sglang", "sonnet");
  }
}
