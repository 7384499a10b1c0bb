package io.llmbench.simulations.vllmchat;

import static io.llmbench.backend.Backends.VLLM_CHAT;

import io.llmbench.gatling.LlmSimulation;

/** vllm-chat × longbench_v2; every other option from -Dllmbench.* or -Dconfig.file. */
public class VllmChatLongbenchV2 extends LlmSimulation {
  public VllmChatLongbenchV2() {
    super(VLLM_CHAT, "longbench_v2");
  }
}
