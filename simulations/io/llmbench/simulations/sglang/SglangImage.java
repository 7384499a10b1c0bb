package io.llmbench.simulations.sglang;

import static io.llmbench.backend.Backends.SGLANG;

import io.llmbench.gatling.LlmSimulation;

/** sglang × image; every other option from -Dllmbench.* or -Dconfig.file. */
public class SglangImage extends LlmSimulation {
  public SglangImage() {
    super(SGLANG, "image");
  }
}
