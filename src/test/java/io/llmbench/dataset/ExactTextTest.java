package io.llmbench.dataset;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.llmbench.tokenizer.TestTokenizers;
import io.llmbench.tokenizer.Tokenizer;
import org.junit.jupiter.api.Test;

class ExactTextTest {
  private static final Tokenizer gpt2 = TestTokenizers.gpt2();

  @Test
  void textThatReencodesLongerIsCut() {
    // Two ids whose text, " tambowl", encodes to 3 tokens.
    int[] ids = {21885, 36859};
    assertEquals(" tambowl", gpt2.decode(ids));
    assertEquals(3, gpt2.encode(" tambowl", false).length);
    ExactText.Fitted fitted = ExactText.fit(ids, 2, n -> new int[n], gpt2);
    assertTrue(fitted.exact());
    assertArrayEquals(fitted.ids(), gpt2.encode(fitted.text(), false));
    assertEquals(2, fitted.ids().length);
    assertTrue(" tambowl".startsWith(fitted.text()), fitted.text());
  }

  @Test
  void textThatReencodesShorterIsContinued() {
    int[] hel = gpt2.encode("Hel", false);
    int[] lo = gpt2.encode("lo", false);
    int[] split = TokenRows.concat(hel, lo);
    assertEquals(1, gpt2.encode("Hello", false).length);
    TokenCycle more = new TokenCycle(gpt2.encode(" world and more", false));
    ExactText.Fitted fitted = ExactText.fit(split, split.length, more::take, gpt2);
    assertTrue(fitted.exact());
    assertEquals("Hello world", fitted.text());
  }

  @Test
  void givesUpAfterTheRetries() {
    // A source with nothing more to give: the text stays one token short.
    int[] calls = {0};
    ExactText.Fitted fitted = ExactText.fit(gpt2.encode("Hello", false), 2, n -> {
      calls[0]++;
      return new int[0];
    }, gpt2);
    assertFalse(fitted.exact());
    assertEquals("Hello", fitted.text());
    assertArrayEquals(fitted.ids(), gpt2.encode(fitted.text(), false));
    assertEquals(ExactText.MAX_RETRIES, calls[0]);
  }
}
