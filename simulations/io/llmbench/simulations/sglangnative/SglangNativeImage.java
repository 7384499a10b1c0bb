package io.llmbench.simulations.sglangnative;

import io.llmbench.gatling.LlmSimulation;

/** sglang-native × image; every other option from -Dllmbench.* or -Dconfig.file. */
public class SglangNativeImage extends LlmSimulation {
  public SglangNativeImage() {
    super("sglang-native", "image");
  }
}
