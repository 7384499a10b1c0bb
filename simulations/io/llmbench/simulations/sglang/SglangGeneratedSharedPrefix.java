package io.llmbench.simulations.sglang;

import static io.llmbench.backend.Backends.SGLANG;

import io.llmbench.gatling.LlmSimulation;

/** sglang × generated-shared-prefix; every other option from -Dllmbench.* or -Dconfig.file. */
public class SglangGeneratedSharedPrefix extends LlmSimulation {
  public SglangGeneratedSharedPrefix() {
    super(SGLANG, "generated-shared-prefix");
  }
}
