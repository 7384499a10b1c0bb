package io.llmbench.simulations.sglangoaichat;

import io.llmbench.gatling.LlmSimulation;

/** sglang-oai-chat × agentic-trace; every other option from -Dllmbench.* or -Dconfig.file. */
public class SglangOaiChatAgenticTrace extends LlmSimulation {
  public SglangOaiChatAgenticTrace() {
    super("sglang-oai-chat", "agentic-trace");
  }
}
