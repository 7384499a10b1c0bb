package io.llmbench.simulations.sglang;

import static io.llmbench.backend.Backends.SGLANG;

import io.llmbench.gatling.LlmSimulation;

/** sglang × longbench_v2; every other option from -Dllmbench.* or -Dconfig.file. */
public class SglangLongbenchV2 extends LlmSimulation {
  public SglangLongbenchV2() {
    super(SGLANG, "longbench_v2");
  }
}
