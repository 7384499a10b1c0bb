package io.llmbench.simulations.trt;

import static io.llmbench.backend.Backends.TRT;

import io.llmbench.gatling.LlmSimulation;

/** trt × random-ids; every other option from -Dllmbench.* or -Dconfig.file. */
public class TrtRandomIds extends LlmSimulation {
  public TrtRandomIds() {
    super(TRT, "random-ids");
  }
}
