package io.llmbench.simulations.trt;

import io.llmbench.gatling.LlmSimulation;

/** trt × longbench_v2; every other option from -Dllmbench.* or -Dconfig.file. */
public class TrtLongbenchV2 extends LlmSimulation {
  public TrtLongbenchV2() {
    super("trt", "longbench_v2");
  }
}
