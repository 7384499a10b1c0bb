package io.llmbench.simulations.sglangoaichat;

import io.llmbench.gatling.LlmSimulation;

/** sglang-oai-chat × speed-bench; every other option from -Dllmbench.* or -Dconfig.file. */
public class SglangOaiChatSpeedBench extends LlmSimulation {
  public SglangOaiChatSpeedBench() {
    super("sglang-oai-chat", "speed-bench");
  }
}
