package io.llmbench.simulations.sglangoaichat;

import static io.llmbench.backend.Backends.SGLANG_OAI_CHAT;

import io.llmbench.gatling.LlmSimulation;

/** sglang-oai-chat × random-mm; every other option from -Dllmbench.* or -Dconfig.file. */
public class SglangOaiChatRandomMm extends LlmSimulation {
  public SglangOaiChatRandomMm() {
    super(SGLANG_OAI_CHAT, "random-mm");
  }
}
