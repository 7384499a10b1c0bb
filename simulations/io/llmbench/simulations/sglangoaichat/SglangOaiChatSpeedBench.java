package io.llmbench.simulations.sglangoaichat;

import static io.llmbench.backend.Backends.SGLANG_OAI_CHAT;

import io.llmbench.gatling.LlmSimulation;

/** sglang-oai-chat × speed-bench; every other option from -Dllmbench.* or -Dconfig.file. */
public class SglangOaiChatSpeedBench extends LlmSimulation {
  public SglangOaiChatSpeedBench() {
    super(SGLANG_OAI_CHAT, "speed-bench");
  }
}
