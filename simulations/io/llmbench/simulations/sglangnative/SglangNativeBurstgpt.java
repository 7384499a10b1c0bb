package io.llmbench.simulations.sglangnative;

import static io.llmbench.backend.Backends.SGLANG_NATIVE;

import io.llmbench.gatling.LlmSimulation;

/** sglang-native × burstgpt; every other option from -Dllmbench.* or -Dconfig.file. */
public class SglangNativeBurstgpt extends LlmSimulation {
  public SglangNativeBurstgpt() {
    super(SGLANG_NATIVE, "burstgpt");
  }
}
