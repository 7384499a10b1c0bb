package io.llmbench.simulations.sglangoaichat;

import io.llmbench.gatling.LlmSimulation;

/** sglang-oai-chat × image; every other option from -Dllmbench.* or -Dconfig.file. */
public class SglangOaiChatImage extends LlmSimulation {
  public SglangOaiChatImage() {
    super("sglang-oai-chat", "image");
  }
}
