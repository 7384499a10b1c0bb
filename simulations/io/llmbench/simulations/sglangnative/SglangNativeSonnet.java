package io.llmbench.simulations.sglangnative;

import static io.llmbench.backend.Backends.SGLANG_NATIVE;

import io.llmbench.gatling.LlmSimulation;

/** sglang-native × sonnet; every other option from -Dllmbench.* or -Dconfig.file. */
public class SglangNativeSonnet extends LlmSimulation {
  public SglangNativeSonnet() {
    super(SGLANG_NATIVE, "sonnet");
  }
}
