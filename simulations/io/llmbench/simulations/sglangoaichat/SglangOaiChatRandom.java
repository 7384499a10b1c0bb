package io.llmbench.simulations.sglangoaichat;

import static io.llmbench.backend.Backends.SGLANG_OAI_CHAT;

import io.llmbench.gatling.LlmSimulation;

/** sglang-oai-chat × random; every other option from -Dllmbench.* or -Dconfig.file. */
public class SglangOaiChatRandom extends LlmSimulation {
  public SglangOaiChatRandom() {
    super(SGLANG_OAI_CHAT, "random");
  }
}
