package io.llmbench.simulations.sglangoaichat;

import static io.llmbench.backend.Backends.SGLANG_OAI_CHAT;

import io.llmbench.gatling.LlmSimulation;

/** sglang-oai-chat × image; every other option from -Dllmbench.* or -Dconfig.file. */
public class SglangOaiChatImage extends LlmSimulation {
  public SglangOaiChatImage() {
    super(SGLANG_OAI_CHAT, "image");
  }
}
