package io.llmbench.dataset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Text dataset files, read as Python reads them in text mode (UTF-8, universal newlines). */
final class TextFile {
  private TextFile() {}

  /**
   * The file's text with {@code \r\n} and {@code \r} turned into {@code \n}.
   *
   * @param expected what the file should be, for the message when it is not UTF-8 text
   */
  static String read(Path file, String expected) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read dataset-path " + file, e);
    }
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      throw new IllegalArgumentException("dataset-path " + file + " at line "
          + lineOf(bytes, in.position()) + ": invalid UTF-8; expected " + expected);
    }
    decoder.flush(out);
    return out.flip().toString().replace("\r\n", "\n").replace('\r', '\n');
  }

  /** Python's {@code readlines()}: each line keeps its {@code \n}; the last may have none. */
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

  private static int lineOf(byte[] bytes, int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      line += bytes[i] == '\n' ? 1 : 0;
    }
    return line;
  }
}
