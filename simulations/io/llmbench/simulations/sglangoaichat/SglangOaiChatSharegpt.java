package io.llmbench.simulations.sglangoaichat;

import io.llmbench.gatling.LlmSimulation;

/** sglang-oai-chat × sharegpt; every other option from -Dllmbench.* or -Dconfig.file. */
public class SglangOaiChatSharegpt extends LlmSimulation {
  public SglangOaiChatSharegpt() {
    super("sglang-oai-chat", "sharegpt");
  }
}
