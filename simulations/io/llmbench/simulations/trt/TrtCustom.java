package io.llmbench.simulations.trt;

import io.llmbench.gatling.LlmSimulation;

/** trt × custom; every other option from -Dllmbench.* or -Dconfig.file. */
public class TrtCustom extends LlmSimulation {
  public TrtCustom() {
    super("trt", "custom");
  }
}
