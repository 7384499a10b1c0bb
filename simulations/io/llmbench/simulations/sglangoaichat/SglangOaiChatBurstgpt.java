package io.llmbench.simulations.sglangoaichat;

import io.llmbench.gatling.LlmSimulation;

/** sglang-oai-chat × burstgpt; every other option from -Dllmbench.* or -Dconfig.file. */
public class SglangOaiChatBurstgpt extends LlmSimulation {
  public SglangOaiChatBurstgpt() {
    super("sglang-oai-chat", "burstgpt");
  }
}
