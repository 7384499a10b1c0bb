package io.llmbench.simulations.sglangnative;

import static io.llmbench.backend.Backends.SGLANG_NATIVE;

import io.llmbench.gatling.LlmSimulation;

/** sglang-native × image; every other option from -Dllmbench.* or -Dconfig.file. */
public class SglangNativeImage extends LlmSimulation {
  public SglangNativeImage() {
    super(SGLANG_NATIVE, "image");
  }
}
