package io.llmbench.simulations.sglangnative;

import io.llmbench.gatling.LlmSimulation;

/** sglang-native × speed-bench; every other option from -Dllmbench.* or -Dconfig.file. */
public class SglangNativeSpeedBench extends LlmSimulation {
  public SglangNativeSpeedBench() {
    super("sglang-native", "speed-bench");
  }
}
