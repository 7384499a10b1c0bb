package io.llmbench.simulations.sglangnative;

import io.llmbench.gatling.LlmSimulation;

/** sglang-native × mmmu; every other option from -Dllmbench.* or -Dconfig.file. */
public class SglangNativeMmmu extends LlmSimulation {
  public SglangNativeMmmu() {
    super("sglang-native", "mmmu");
  }
}
