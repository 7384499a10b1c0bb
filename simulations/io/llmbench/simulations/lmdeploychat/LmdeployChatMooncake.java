package io.llmbench.simulations.lmdeploychat;

import io.llmbench.gatling.LlmSimulation;

/** lmdeploy-chat × mooncake; every other option from -Dllmbench.* or -Dconfig.file. */
public class LmdeployChatMooncake extends LlmSimulation {
  public LmdeployChatMooncake() {
    super("lmdeploy-chat", "mooncake");
  }
}
