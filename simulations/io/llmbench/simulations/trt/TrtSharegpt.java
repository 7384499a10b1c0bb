package io.llmbench.simulations.trt;

import io.llmbench.gatling.LlmSimulation;

/** trt × sharegpt; every other option from -Dllmbench.* or -Dconfig.file. */
public class TrtSharegpt extends LlmSimulation {
  public TrtSharegpt() {
    super("trt", "sharegpt");
  }
}
