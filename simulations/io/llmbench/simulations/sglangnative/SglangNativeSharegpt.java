package io.llmbench.simulations.sglangnative;

import static io.llmbench.backend.Backends.SGLANG_NATIVE;

import io.llmbench.gatling.LlmSimulation;

/** sglang-native × sharegpt; every other option from -Dllmbench.* or -Dconfig.file. */
public class SglangNativeSharegpt extends LlmSimulation {
  public SglangNativeSharegpt() {
    super(SGLANG_NATIVE, "sharegpt");
  }
}
