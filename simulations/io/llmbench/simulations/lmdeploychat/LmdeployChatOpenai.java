package io.llmbench.simulations.lmdeploychat;

import static io.llmbench.backend.Backends.LMDEPLOY_CHAT;

import io.llmbench.gatling.LlmSimulation;

/** lmdeploy-chat × openai; every other option from -Dllmbench.* or -Dconfig.file. */
public class LmdeployChatOpenai extends LlmSimulation {
  public LmdeployChatOpenai() {
    super(LMDEPLOY_CHAT, "openai");
  }
}
