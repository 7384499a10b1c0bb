package io.llmbench.simulations.sglangnative;

import io.llmbench.gatling.LlmSimulation;

/** sglang-native × random-ids; every other option from -Dllmbench.* or -Dconfig.file. */
public class SglangNativeRandomIds extends LlmSimulation {
  public SglangNativeRandomIds() {
    super("sglang-native", "random-ids");
  }
}
