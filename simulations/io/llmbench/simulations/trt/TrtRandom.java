package io.llmbench.simulations.trt;

import io.llmbench.gatling.LlmSimulation;

/** trt × random; every other option from -Dllmbench.* or -Dconfig.file. */
public class TrtRandom extends LlmSimulation {
  public TrtRandom() {
    super("trt", "random");
  }
}
