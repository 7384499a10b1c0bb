package io.llmbench.simulations.sglangoaichat;

import static io.llmbench.backend.Backends.SGLANG_OAI_CHAT;

import io.llmbench.gatling.LlmSimulation;

/** sglang-oai-chat × sonnet; every other option from -Dllmbench.* or -Dconfig.file. */
public class SglangOaiChatSonnet extends LlmSimulation {
  public SglangOaiChatSonnet() {
    super(SGLANG_OAI_CHAT, "sonnet");
  }
}
