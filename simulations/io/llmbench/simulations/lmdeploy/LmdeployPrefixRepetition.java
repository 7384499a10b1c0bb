package io.llmbench.simulations.lmdeploy;

import static io.llmbench.backend.Backends.LMDEPLOY;

import io.llmbench.gatling.LlmSimulation;

/** lmdeploy × prefix-repetition; every other option from -Dllmbench.* or -Dconfig.file. */
public class LmdeployPrefixRepetition extends LlmSimulation {
  public LmdeployPrefixRepetition() {
    super(LMDEPLOY, "prefix-repetition");
  }
}
