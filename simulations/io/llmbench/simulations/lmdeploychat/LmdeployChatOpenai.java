package io.llmbench.simulations.lmdeploychat;

import io.llmbench.gatling.LlmSimulation;

/** lmdeploy-chat × openai; every other option from -Dllmbench.* or -Dconfig.file. */
public class LmdeployChatOpenai extends LlmSimulation {
  public LmdeployChatOpenai() {
    super("lmdeploy-chat", "openai");
  }
}
