package io.llmbench.simulations.trt;

import static io.llmbench.backend.Backends.TRT;

import io.llmbench.gatling.LlmSimulation;

/** trt × prefix-repetition; every other option from -Dllmbench.* or -Dconfig.file. */
public class TrtPrefixRepetition extends LlmSimulation {
  public TrtPrefixRepetition() {
    super(TRT, "prefix-repetition");
  }
}
