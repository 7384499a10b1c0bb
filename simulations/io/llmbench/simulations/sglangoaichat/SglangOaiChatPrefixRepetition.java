package io.llmbench.simulations.sglangoaichat;

import io.llmbench.gatling.LlmSimulation;

/** sglang-oai-chat × prefix-repetition; every other option from -Dllmbench.* or -Dconfig.file. */
public class SglangOaiChatPrefixRepetition extends LlmSimulation {
  public SglangOaiChatPrefixRepetition() {
    super("sglang-oai-chat", "prefix-repetition");
  }
}
