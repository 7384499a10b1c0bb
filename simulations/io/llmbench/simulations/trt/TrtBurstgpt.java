package io.llmbench.simulations.trt;

import static io.llmbench.backend.Backends.TRT;

import io.llmbench.gatling.LlmSimulation;

/** trt × burstgpt; every other option from -Dllmbench.* or -Dconfig.file. */
public class TrtBurstgpt extends LlmSimulation {
  public TrtBurstgpt() {
    super(TRT, "burstgpt");
  }
}
