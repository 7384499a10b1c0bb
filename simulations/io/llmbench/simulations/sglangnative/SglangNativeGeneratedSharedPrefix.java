package io.llmbench.simulations.sglangnative;

import static io.llmbench.backend.Backends.SGLANG_NATIVE;

import io.llmbench.gatling.LlmSimulation;

/** sglang-native × generated-shared-prefix; every other option from -Dllmbench.* or -Dconfig.file. */
public class SglangNativeGeneratedSharedPrefix extends LlmSimulation {
  public SglangNativeGeneratedSharedPrefix() {
    super(SGLANG_NATIVE, "generated-shared-prefix");
  }
}
