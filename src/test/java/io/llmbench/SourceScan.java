package io.llmbench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Source-tree rules checked as tests: the Java files of a folder, read without their comments, line by line. */
public final class SourceScan {
  /** A char literal (skipped, so that {@code '"'} opens no string) or a one-line string literal (group 1). */
  private static final Pattern LITERAL = Pattern.compile("'(?:\\\\.[^']*|[^'\\\\])'|\"((?:[^\"\\\\]|\\\\.)*)\"");

  private SourceScan() {}

  /** Surefire runs in the module's root, so the folder is found the same way from Maven and from an IDE. */
  public static Path folder(String relative) {
    Path folder = Path.of(System.getProperty("user.dir")).resolve(relative);
    assertTrue(Files.isDirectory(folder), "no source folder " + folder.toAbsolutePath());
    return folder;
  }

  /**
   * The {@code file:line: code} of every code line (comments removed) that {@code offends}, in the Java files under
   * {@code root} whose path relative to the module root {@code allowed} does not accept.
   */
  public static List<String> offendingLines(Path root, Predicate<String> allowed, Predicate<String> offends) {
    Path module = Path.of(System.getProperty("user.dir"));
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
        String relative = module.relativize(file.toAbsolutePath()).toString().replace('\\', '/');
        if (allowed.test(relative)) {
          continue;
        }
        String[] lines = withoutComments(Files.readString(file, StandardCharsets.UTF_8)).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
          if (offends.test(lines[i])) {
            found.add(relative + ":" + (i + 1) + ": " + lines[i].strip());
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return found;
  }

  /** The values, escapes as written, of the string literals on one line of code. */
  public static List<String> stringLiterals(String line) {
    List<String> literals = new ArrayList<>();
    Matcher literal = LITERAL.matcher(line);
    while (literal.find()) {
      if (literal.group(1) != null) {
        literals.add(literal.group(1));
      }
    }
    return literals;
  }

  /** The source with its comments blanked out, line breaks kept; string and char literals stay as they are. */
  static String withoutComments(String source) {
    StringBuilder code = new StringBuilder(source.length());
    int i = 0;
    while (i < source.length()) {
      char c = source.charAt(i);
      if (source.startsWith("//", i)) {
        int end = source.indexOf('\n', i);
        i = end < 0 ? source.length() : end;
      } else if (source.startsWith("/*", i)) {
        int end = source.indexOf("*/", i + 2);
        end = end < 0 ? source.length() : end + 2;
        source.substring(i, end).chars().filter(ch -> ch == '\n').forEach(ch -> code.append('\n'));
        i = end;
      } else if (c == '"' || c == '\'') {
        int end = literalEnd(source, i);
        code.append(source, i, end);
        i = end;
      } else {
        code.append(c);
        i++;
      }
    }
    return code.toString();
  }

  /** Just past the string, text block or char literal opening at {@code start}. */
  private static int literalEnd(String source, int start) {
    String quote = source.startsWith("\"\"\"", start) ? "\"\"\"" : source.substring(start, start + 1);
    int i = start + quote.length();
    while (i < source.length() && !source.startsWith(quote, i)) {
      i += source.charAt(i) == '\\' ? 2 : 1;
    }
    return Math.min(source.length(), i + quote.length());
  }
}
