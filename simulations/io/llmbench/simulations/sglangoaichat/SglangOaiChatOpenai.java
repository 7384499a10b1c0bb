package io.llmbench.simulations.sglangoaichat;

import io.llmbench.gatling.LlmSimulation;

/** sglang-oai-chat × openai; every other option from -Dllmbench.* or -Dconfig.file. */
public class SglangOaiChatOpenai extends LlmSimulation {
  public SglangOaiChatOpenai() {
    super("sglang-oai-chat", "openai");
  }
}
