package io.llmbench.simulations.sglangoaichat;

import io.llmbench.gatling.LlmSimulation;

/** sglang-oai-chat × generated-shared-prefix; every other option from -Dllmbench.* or -Dconfig.file. */
public class SglangOaiChatGeneratedSharedPrefix extends LlmSimulation {
  public SglangOaiChatGeneratedSharedPrefix() {
    super("sglang-oai-chat", "generated-shared-prefix");
  }
}
