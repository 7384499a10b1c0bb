package io.llmbench.simulations.sglangoaichat;

import io.llmbench.gatling.LlmSimulation;

/** sglang-oai-chat × sonnet; every other option from -Dllmbench.* or -Dconfig.file. */
public class SglangOaiChatSonnet extends LlmSimulation {
  public SglangOaiChatSonnet() {
    super("sglang-oai-chat", "sonnet");
  }
}
