package io.llmbench.simulations.sglangnative;

import static io.llmbench.backend.Backends.SGLANG_NATIVE;

import io.llmbench.gatling.LlmSimulation;

/** sglang-native × random; every other option from -Dllmbench.* or -Dconfig.file. */
public class SglangNativeRandom extends LlmSimulation {
  public SglangNativeRandom() {
    super(SGLANG_NATIVE, "random");
  }
}
