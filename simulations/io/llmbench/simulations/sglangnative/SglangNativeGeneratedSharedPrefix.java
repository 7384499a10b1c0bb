package io.llmbench.simulations.sglangnative;

import io.llmbench.gatling.LlmSimulation;

/** sglang-native × generated-shared-prefix; every other option from -Dllmbench.* or -Dconfig.file. */
public class SglangNativeGeneratedSharedPrefix extends LlmSimulation {
  public SglangNativeGeneratedSharedPrefix() {
    super("sglang-native", "generated-shared-prefix");
  }
}
