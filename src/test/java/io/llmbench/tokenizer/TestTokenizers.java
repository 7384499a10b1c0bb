package io.llmbench.tokenizer;

/** Tokenizers shared by the tests of one JVM: loaded once, on first use, and never closed. */
public final class TestTokenizers {
  private TestTokenizers() {}

  private static final class Gpt2 {
    static final Tokenizer INSTANCE = Tokenizer.load("builtin:gpt2");
  }

  public static Tokenizer gpt2() {
    return Gpt2.INSTANCE;
  }
}
