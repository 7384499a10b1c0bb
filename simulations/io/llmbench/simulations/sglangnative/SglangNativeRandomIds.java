package io.llmbench.simulations.sglangnative;

import static io.llmbench.backend.Backends.SGLANG_NATIVE;

import io.llmbench.gatling.LlmSimulation;

/** sglang-native × random-ids; every other option from -Dllmbench.* or -Dconfig.file. */
public class SglangNativeRandomIds extends LlmSimulation {
  public SglangNativeRandomIds() {
    super(SGLANG_NATIVE, "random-ids");
  }
}
