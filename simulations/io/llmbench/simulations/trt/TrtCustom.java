package io.llmbench.simulations.trt;

import static io.llmbench.backend.Backends.TRT;

import io.llmbench.gatling.LlmSimulation;

/** trt × custom; every other option from -Dllmbench.* or -Dconfig.file. */
public class TrtCustom extends LlmSimulation {
  public TrtCustom() {
    super(TRT, "custom");
  }
}
