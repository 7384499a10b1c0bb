package io.llmbench.simulations.sglangoaichat;

import io.llmbench.gatling.LlmSimulation;

/** sglang-oai-chat × random-ids; every other option from -Dllmbench.* or -Dconfig.file. */
public class SglangOaiChatRandomIds extends LlmSimulation {
  public SglangOaiChatRandomIds() {
    super("sglang-oai-chat", "random-ids");
  }
}
