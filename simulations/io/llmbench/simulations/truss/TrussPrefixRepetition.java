package io.llmbench.simulations.truss;

import static io.llmbench.backend.Backends.TRUSS;

import io.llmbench.gatling.LlmSimulation;

/** truss × prefix-repetition; every other option from -Dllmbench.* or -Dconfig.file. */
public class TrussPrefixRepetition extends LlmSimulation {
  public TrussPrefixRepetition() {
    super(TRUSS, "prefix-repetition");
  }
}
