package io.llmbench.simulations.sglangnative;

import static io.llmbench.backend.Backends.SGLANG_NATIVE;

import io.llmbench.gatling.LlmSimulation;

/** sglang-native × prefix-repetition; every other option from -Dllmbench.* or -Dconfig.file. */
public class SglangNativePrefixRepetition extends LlmSimulation {
  public SglangNativePrefixRepetition() {
    super(SGLANG_NATIVE, "prefix-repetition");
  }
}
