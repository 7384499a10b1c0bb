package io.llmbench.simulations.lmdeploychat;

import io.llmbench.gatling.LlmSimulation;

/** lmdeploy-chat × random; every other option from -Dllmbench.* or -Dconfig.file. */
public class LmdeployChatRandom extends LlmSimulation {
  public LmdeployChatRandom() {
    super("lmdeploy-chat", "random");
  }
}
