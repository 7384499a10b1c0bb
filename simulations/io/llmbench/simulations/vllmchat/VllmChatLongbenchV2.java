package io.llmbench.simulations.vllmchat;

import io.llmbench.gatling.LlmSimulation;

/** vllm-chat × longbench_v2; every other option from -Dllmbench.* or -Dconfig.file. */
public class VllmChatLongbenchV2 extends LlmSimulation {
  public VllmChatLongbenchV2() {
    super("vllm-chat", "longbench_v2");
  }
}
