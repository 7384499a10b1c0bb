package io.llmbench.simulations.trt;

import static io.llmbench.backend.Backends.TRT;

import io.llmbench.gatling.LlmSimulation;

/** trt × sharegpt; every other option from -Dllmbench.* or -Dconfig.file. */
public class TrtSharegpt extends LlmSimulation {
  public TrtSharegpt() {
    super(TRT, "sharegpt");
  }
}
