package io.llmbench.simulations.sglangoaichat;

import io.llmbench.gatling.LlmSimulation;

/** sglang-oai-chat × mmmu; every other option from -Dllmbench.* or -Dconfig.file. */
public class SglangOaiChatMmmu extends LlmSimulation {
  public SglangOaiChatMmmu() {
    super("sglang-oai-chat", "mmmu");
  }
}
