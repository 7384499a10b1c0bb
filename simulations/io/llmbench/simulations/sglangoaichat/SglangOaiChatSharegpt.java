package io.llmbench.simulations.sglangoaichat;

import static io.llmbench.backend.Backends.SGLANG_OAI_CHAT;

import io.llmbench.gatling.LlmSimulation;

/** sglang-oai-chat × sharegpt; every other option from -Dllmbench.* or -Dconfig.file. */
public class SglangOaiChatSharegpt extends LlmSimulation {
  public SglangOaiChatSharegpt() {
    super(SGLANG_OAI_CHAT, "sharegpt");
  }
}
