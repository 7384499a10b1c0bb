package io.llmbench.simulations.truss;

import static io.llmbench.backend.Backends.TRUSS;

import io.llmbench.gatling.LlmSimulation;

/** truss × longbench_v2; every other option from -Dllmbench.* or -Dconfig.file. */
public class TrussLongbenchV2 extends LlmSimulation {
  public TrussLongbenchV2() {
    super(TRUSS, "longbench_v2");
  }
}
