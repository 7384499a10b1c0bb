package io.llmbench.simulations.sglangnative;

import io.llmbench.gatling.LlmSimulation;

/** sglang-native × random; every other option from -Dllmbench.* or -Dconfig.file. */
public class SglangNativeRandom extends LlmSimulation {
  public SglangNativeRandom() {
    super("sglang-native", "random");
  }
}
