package io.llmbench.simulations.trt;

import static io.llmbench.backend.Backends.TRT;

import io.llmbench.gatling.LlmSimulation;

/** trt × longbench_v2; every other option from -Dllmbench.* or -Dconfig.file. */
public class TrtLongbenchV2 extends LlmSimulation {
  public TrtLongbenchV2() {
    super(TRT, "longbench_v2");
  }
}
