package io.llmbench.simulations.sglangoai;

import static io.llmbench.backend.Backends.SGLANG_OAI;

import io.llmbench.gatling.LlmSimulation;

/** sglang-oai × longbench_v2; every other option from -Dllmbench.* or -Dconfig.file. */
public class SglangOaiLongbenchV2 extends LlmSimulation {
  public SglangOaiLongbenchV2() {
    super(SGLANG_OAI, "longbench_v2");
  }
}
