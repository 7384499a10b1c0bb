package io.llmbench.simulations.sglangnative;

import io.llmbench.gatling.LlmSimulation;

/** sglang-native × sonnet; every other option from -Dllmbench.* or -Dconfig.file. */
public class SglangNativeSonnet extends LlmSimulation {
  public SglangNativeSonnet() {
    super("sglang-native", "sonnet");
  }
}
