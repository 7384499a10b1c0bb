package io.llmbench.simulations.sglangoaichat;

import io.llmbench.gatling.LlmSimulation;

/** sglang-oai-chat × random; every other option from -Dllmbench.* or -Dconfig.file. */
public class SglangOaiChatRandom extends LlmSimulation {
  public SglangOaiChatRandom() {
    super("sglang-oai-chat", "random");
  }
}
