package io.llmbench.simulations.sglangoaichat;

import static io.llmbench.backend.Backends.SGLANG_OAI_CHAT;

import io.llmbench.gatling.LlmSimulation;

/** sglang-oai-chat × mooncake; every other option from -Dllmbench.* or -Dconfig.file. */
public class SglangOaiChatMooncake extends LlmSimulation {
  public SglangOaiChatMooncake() {
    super(SGLANG_OAI_CHAT, "mooncake");
  }
}
