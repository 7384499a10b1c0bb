package io.llmbench.simulations.sglang;

import io.llmbench.gatling.LlmSimulation;

/** sglang × custom; every other option from -Dllmbench.* or -Dconfig.file. */
public class SglangCustom extends LlmSimulation {
  public SglangCustom() {
    super("sglang", "custom");
  }
}
