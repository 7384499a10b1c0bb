package io.llmbench.simulations.lmdeploychat;

import io.llmbench.gatling.LlmSimulation;

/** lmdeploy-chat × random-ids; every other option from -Dllmbench.* or -Dconfig.file. */
public class LmdeployChatRandomIds extends LlmSimulation {
  public LmdeployChatRandomIds() {
    super("lmdeploy-chat", "random-ids");
  }
}
