package io.llmbench.simulations.sglangnative;

import io.llmbench.gatling.LlmSimulation;

/** sglang-native × burstgpt; every other option from -Dllmbench.* or -Dconfig.file. */
public class SglangNativeBurstgpt extends LlmSimulation {
  public SglangNativeBurstgpt() {
    super("sglang-native", "burstgpt");
  }
}
