package io.llmbench.simulations.sglangnative;

import static io.llmbench.backend.Backends.SGLANG_NATIVE;

import io.llmbench.gatling.LlmSimulation;

/** sglang-native × mmmu; every other option from -Dllmbench.* or -Dconfig.file. */
public class SglangNativeMmmu extends LlmSimulation {
  public SglangNativeMmmu() {
    super(SGLANG_NATIVE, "mmmu");
  }
}
