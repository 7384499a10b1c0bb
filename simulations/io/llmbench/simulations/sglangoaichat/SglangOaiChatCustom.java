package io.llmbench.simulations.sglangoaichat;

import io.llmbench.gatling.LlmSimulation;

/** sglang-oai-chat × custom; every other option from -Dllmbench.* or -Dconfig.file. */
public class SglangOaiChatCustom extends LlmSimulation {
  public SglangOaiChatCustom() {
    super("sglang-oai-chat", "custom");
  }
}
