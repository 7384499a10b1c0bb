package io.llmbench.simulations.sglangnative;

import io.llmbench.gatling.LlmSimulation;

/** sglang-native × mooncake; every other option from -Dllmbench.* or -Dconfig.file. */
public class SglangNativeMooncake extends LlmSimulation {
  public SglangNativeMooncake() {
    super("sglang-native", "mooncake");
  }
}
