package io.llmbench.simulations.truss;

import io.llmbench.gatling.LlmSimulation;

/** truss × prefix-repetition; every other option from -Dllmbench.* or -Dconfig.file. */
public class TrussPrefixRepetition extends LlmSimulation {
  public TrussPrefixRepetition() {
    super("truss", "prefix-repetition");
  }
}
