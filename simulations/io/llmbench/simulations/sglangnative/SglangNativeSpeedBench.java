package io.llmbench.simulations.sglangnative;

import static io.llmbench.backend.Backends.SGLANG_NATIVE;

import io.llmbench.gatling.LlmSimulation;

/** sglang-native × speed-bench; every other option from -Dllmbench.* or -Dconfig.file. */
public class SglangNativeSpeedBench extends LlmSimulation {
  public SglangNativeSpeedBench() {
    super(SGLANG_NATIVE, "speed-bench");
  }
}
