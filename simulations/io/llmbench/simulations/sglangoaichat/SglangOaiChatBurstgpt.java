package io.llmbench.simulations.sglangoaichat;

import static io.llmbench.backend.Backends.SGLANG_OAI_CHAT;

import io.llmbench.gatling.LlmSimulation;

/** sglang-oai-chat × burstgpt; every other option from -Dllmbench.* or -Dconfig.file. */
public class SglangOaiChatBurstgpt extends LlmSimulation {
  public SglangOaiChatBurstgpt() {
    super(SGLANG_OAI_CHAT, "burstgpt");
  }
}
