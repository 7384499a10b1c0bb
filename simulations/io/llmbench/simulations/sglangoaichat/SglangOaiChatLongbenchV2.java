package io.llmbench.simulations.sglangoaichat;

import static io.llmbench.backend.Backends.SGLANG_OAI_CHAT;

import io.llmbench.gatling.LlmSimulation;

/** sglang-oai-chat × longbench_v2; every other option from -Dllmbench.* or -Dconfig.file. */
public class SglangOaiChatLongbenchV2 extends LlmSimulation {
  public SglangOaiChatLongbenchV2() {
    super(SGLANG_OAI_CHAT, "longbench_v2");
  }
}
