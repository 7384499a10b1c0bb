package io.llmbench.simulations.sglangoaichat;

import static io.llmbench.backend.Backends.SGLANG_OAI_CHAT;

import io.llmbench.gatling.LlmSimulation;

/** sglang-oai-chat × openai; every other option from -Dllmbench.* or -Dconfig.file. */
public class SglangOaiChatOpenai extends LlmSimulation {
  public SglangOaiChatOpenai() {
    super(SGLANG_OAI_CHAT, "openai");
  }
}
