package io.llmbench.simulations.sglangoaichat;

import static io.llmbench.backend.Backends.SGLANG_OAI_CHAT;

import io.llmbench.gatling.LlmSimulation;

/** sglang-oai-chat × custom; every other option from -Dllmbench.* or -Dconfig.file. */
public class SglangOaiChatCustom extends LlmSimulation {
  public SglangOaiChatCustom() {
    super(SGLANG_OAI_CHAT, "custom");
  }
}
