package io.llmbench.simulations.trt;

import static io.llmbench.backend.Backends.TRT;

import io.llmbench.gatling.LlmSimulation;

/** trt × random; every other option from -Dllmbench.* or -Dconfig.file. */
public class TrtRandom extends LlmSimulation {
  public TrtRandom() {
    super(TRT, "random");
  }
}
