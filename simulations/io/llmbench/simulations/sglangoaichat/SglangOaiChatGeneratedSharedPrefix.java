package io.llmbench.simulations.sglangoaichat;

import static io.llmbench.backend.Backends.SGLANG_OAI_CHAT;

import io.llmbench.gatling.LlmSimulation;

/** sglang-oai-chat × generated-shared-prefix; every other option from -Dllmbench.* or -Dconfig.file. */
public class SglangOaiChatGeneratedSharedPrefix extends LlmSimulation {
  public SglangOaiChatGeneratedSharedPrefix() {
    super(SGLANG_OAI_CHAT, "generated-shared-prefix");
  }
}
