package io.llmbench.simulations.sglangnative;

import io.llmbench.gatling.LlmSimulation;

/** sglang-native × custom; every other option from -Dllmbench.* or -Dconfig.file. */
public class SglangNativeCustom extends LlmSimulation {
  public SglangNativeCustom() {
    super("sglang-native", "custom");
  }
}
