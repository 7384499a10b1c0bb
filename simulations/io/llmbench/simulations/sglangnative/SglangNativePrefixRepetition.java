package io.llmbench.simulations.sglangnative;

import io.llmbench.gatling.LlmSimulation;

/** sglang-native × prefix-repetition; every other option from -Dllmbench.* or -Dconfig.file. */
public class SglangNativePrefixRepetition extends LlmSimulation {
  public SglangNativePrefixRepetition() {
    super("sglang-native", "prefix-repetition");
  }
}
