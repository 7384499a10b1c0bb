package io.llmbench.simulations.trt;

import static io.llmbench.backend.Backends.TRT;

import io.llmbench.gatling.LlmSimulation;

/** trt × generated-shared-prefix; every other option from -Dllmbench.* or -Dconfig.file. */
public class TrtGeneratedSharedPrefix extends LlmSimulation {
  public TrtGeneratedSharedPrefix() {
    super(TRT, "generated-shared-prefix");
  }
}
