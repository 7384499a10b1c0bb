package io.llmbench.simulations.sglangnative;

import io.llmbench.gatling.LlmSimulation;

/** sglang-native × sharegpt; every other option from -Dllmbench.* or -Dconfig.file. */
public class SglangNativeSharegpt extends LlmSimulation {
  public SglangNativeSharegpt() {
    super("sglang-native", "sharegpt");
  }
}
