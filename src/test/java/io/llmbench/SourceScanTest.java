package io.llmbench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SourceScanTest {
  @Test
  void commentsGoLineBreaksAndLiteralsStay() {
    assertEquals("a(\"//x\"); \n\n b('/'); \"\"\"\n/* */\"\"\"",
        SourceScan.withoutComments("a(\"//x\"); // c\n/* d\n*/ b('/'); /** e */\"\"\"\n/* */\"\"\""));
  }

  @Test
  void stringLiteralsOfALine() {
    assertEquals(List.of("vllm", "a\\\"b", "c'd"), SourceScan.stringLiterals("f(\"vllm\", '\"', \"a\\\"b\", '\\'', \"c'd\")"));
    assertEquals(List.of(), SourceScan.stringLiterals("c == '\"' || c == '\\u0022'"));
  }
}
