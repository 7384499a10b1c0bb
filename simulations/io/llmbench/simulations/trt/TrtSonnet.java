package io.llmbench.simulations.trt;

import io.llmbench.gatling.LlmSimulation;

/** trt × sonnet; every other option from -Dllmbench.* or -Dconfig.file. */
public class TrtSonnet extends LlmSimulation {
  public TrtSonnet() {
    super("trt", "sonnet");
  }
}
