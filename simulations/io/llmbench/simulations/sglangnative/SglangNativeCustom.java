package io.llmbench.simulations.sglangnative;

import static io.llmbench.backend.Backends.SGLANG_NATIVE;

import io.llmbench.gatling.LlmSimulation;

/** sglang-native × custom; every other option from -Dllmbench.* or -Dconfig.file. */
public class SglangNativeCustom extends LlmSimulation {
  public SglangNativeCustom() {
    super(SGLANG_NATIVE, "custom");
  }
}
