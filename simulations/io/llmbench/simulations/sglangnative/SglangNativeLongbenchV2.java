package io.llmbench.simulations.sglangnative;

import static io.llmbench.backend.Backends.SGLANG_NATIVE;

import io.llmbench.gatling.LlmSimulation;

/** sglang-native × longbench_v2; every other option from -Dllmbench.* or -Dconfig.file. */
public class SglangNativeLongbenchV2 extends LlmSimulation {
  public SglangNativeLongbenchV2() {
    super(SGLANG_NATIVE, "longbench_v2");
  }
}
