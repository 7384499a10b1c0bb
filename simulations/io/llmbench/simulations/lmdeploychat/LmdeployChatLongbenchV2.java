package io.llmbench.simulations.lmdeploychat;

import static io.llmbench.backend.Backends.LMDEPLOY_CHAT;

import io.llmbench.gatling.LlmSimulation;

/** lmdeploy-chat × longbench_v2; every other option from -Dllmbench.* or -Dconfig.file. */
public class LmdeployChatLongbenchV2 extends LlmSimulation {
  public LmdeployChatLongbenchV2() {
    super(LMDEPLOY_CHAT, "longbench_v2");
  }
}
