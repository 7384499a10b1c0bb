package io.llmbench.simulations.sglangnative;

import static io.llmbench.backend.Backends.SGLANG_NATIVE;

import io.llmbench.gatling.LlmSimulation;

/** sglang-native × mooncake; every other option from -Dllmbench.* or -Dconfig.file. */
public class SglangNativeMooncake extends LlmSimulation {
  public SglangNativeMooncake() {
    super(SGLANG_NATIVE, "mooncake");
  }
}
