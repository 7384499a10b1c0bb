package io.llmbench.simulations.sglangoaichat;

import io.llmbench.gatling.LlmSimulation;

/** sglang-oai-chat × mooncake; every other option from -Dllmbench.* or -Dconfig.file. */
public class SglangOaiChatMooncake extends LlmSimulation {
  public SglangOaiChatMooncake() {
    super("sglang-oai-chat", "mooncake");
  }
}
