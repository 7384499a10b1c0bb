package io.llmbench.simulations.sglangoaichat;

import static io.llmbench.backend.Backends.SGLANG_OAI_CHAT;

import io.llmbench.gatling.LlmSimulation;

/** sglang-oai-chat × prefix-repetition; every other option from -Dllmbench.* or -Dconfig.file. */
public class SglangOaiChatPrefixRepetition extends LlmSimulation {
  public SglangOaiChatPrefixRepetition() {
    super(SGLANG_OAI_CHAT, "prefix-repetition");
  }
}
