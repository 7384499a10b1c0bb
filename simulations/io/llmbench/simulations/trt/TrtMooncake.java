package io.llmbench.simulations.trt;

import static io.llmbench.backend.Backends.TRT;

import io.llmbench.gatling.LlmSimulation;

/** trt × mooncake; every other option from -Dllmbench.* or -Dconfig.file. */
public class TrtMooncake extends LlmSimulation {
  public TrtMooncake() {
    super(TRT, "mooncake");
  }
}
