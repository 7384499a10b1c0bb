package io.llmbench.simulations.sglangoaichat;

import io.llmbench.gatling.LlmSimulation;

/** sglang-oai-chat × random-mm; every other option from -Dllmbench.* or -Dconfig.file. */
public class SglangOaiChatRandomMm extends LlmSimulation {
  public SglangOaiChatRandomMm() {
    super("sglang-oai-chat", "random-mm");
  }
}
