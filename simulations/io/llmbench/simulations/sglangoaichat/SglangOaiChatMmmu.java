package io.llmbench.simulations.sglangoaichat;

import static io.llmbench.backend.Backends.SGLANG_OAI_CHAT;

import io.llmbench.gatling.LlmSimulation;

/** sglang-oai-chat × mmmu; every other option from -Dllmbench.* or -Dconfig.file. */
public class SglangOaiChatMmmu extends LlmSimulation {
  public SglangOaiChatMmmu() {
    super(SGLANG_OAI_CHAT, "mmmu");
  }
}
