package io.llmbench.dataset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Text dataset files, read as Python reads them in text mode: UTF-8 (strictly), universal newlines
 * ({@code \r\n} and {@code \r} become {@code \n}), lines as {@code readlines()} gives them.
 */
final class TextFile {
  /** Receives the lines of a file. */
  interface LineConsumer {
    /**
     * @param number 1-based number of the line in the file, for messages
     * @param line the line with its {@code \n}, except maybe the last
     */
    void accept(int number, String line);
  }

  private TextFile() {}

  /**
   * Passes every line of the file, in order, without holding the whole file as text.
   *
   * @param expected what the file should be, for the message when it is not UTF-8 text
   * @throws IllegalArgumentException naming the file and line of invalid UTF-8
   */
  static void forEachLine(Path file, String expected, LineConsumer consumer) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read dataset-path " + file, e);
    }
    CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder();
    int number = 1;
    // '\n' never occurs inside a UTF-8 sequence, so each line decodes on its own.
    for (int start = 0; start < bytes.length; number++) {
      int end = start;
      while (end < bytes.length && bytes[end] != '\n') {
        end++;
      }
      end = Math.min(end + 1, bytes.length);
      String text;
      try {
        text = strict.decode(ByteBuffer.wrap(bytes, start, end - start)).toString();
      } catch (CharacterCodingException e) {
        throw new IllegalArgumentException("dataset-path " + file + " at line " + number
            + ": invalid UTF-8; expected " + expected, e);
      }
      for (String line : lines(text.replace("\r\n", "\n").replace('\r', '\n'))) {
        consumer.accept(number, line);
      }
      start = end;
    }
  }

  /** Python's {@code readlines()} of a text: each line keeps its {@code \n}. */
  static List<String> lines(String text) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    while (start < text.length()) {
      int end = text.indexOf('\n', start);
      end = end < 0 ? text.length() : end + 1;
      lines.add(text.substring(start, end));
      start = end;
    }
    return lines;
  }
}
