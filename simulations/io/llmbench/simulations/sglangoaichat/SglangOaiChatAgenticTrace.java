package io.llmbench.simulations.sglangoaichat;

import static io.llmbench.backend.Backends.SGLANG_OAI_CHAT;

import io.llmbench.gatling.LlmSimulation;

/** sglang-oai-chat × agentic-trace; every other option from -Dllmbench.* or -Dconfig.file. */
public class SglangOaiChatAgenticTrace extends LlmSimulation {
  public SglangOaiChatAgenticTrace() {
    super(SGLANG_OAI_CHAT, "agentic-trace");
  }
}
