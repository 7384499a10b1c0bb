package io.llmbench.simulations.trt;

import static io.llmbench.backend.Backends.TRT;

import io.llmbench.gatling.LlmSimulation;

/** trt × speed-bench; every other option from -Dllmbench.* or -Dconfig.file. */
public class TrtSpeedBench extends LlmSimulation {
  public TrtSpeedBench() {
    super(TRT, "speed-bench");
  }
}
