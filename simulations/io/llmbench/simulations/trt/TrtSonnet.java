package io.llmbench.simulations.trt;

import static io.llmbench.backend.Backends.TRT;

import io.llmbench.gatling.LlmSimulation;

/** trt × sonnet; every other option from -Dllmbench.* or -Dconfig.file. */
public class TrtSonnet extends LlmSimulation {
  public TrtSonnet() {
    super(TRT, "sonnet");
  }
}
