package io.llmbench.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The built-in sonnets (public domain; {@code resources/data/sonnets.txt}, vLLM's sonnet.txt): the
 * source text of {@code random} when no dataset-path is given, standing in for ShareGPT first
 * turns, and the lines of {@code sonnet}.
 *
 * <p>A passage starts at every word and runs for about one sonnet, wrapping at the end of the
 * file. Starting at every word (~4,000 passages) keeps prompts distinct: with one passage per
 * sonnet (37), many prompts would share prefixes and turn into server prefix-cache hits.
 */
final class SonnetCorpus {
  private static final String RESOURCE = "/data/sonnets.txt";
  // About one sonnet: the file holds 37 sonnets in 4,174 words.
  private static final int PASSAGE_WORDS = 112;
  private static final Pattern WORD = Pattern.compile("\\S+");

  private SonnetCorpus() {}

  static List<String> passages() {
    return Holder.PASSAGES;
  }

  /** The whole file. */
  static String text() {
    return Holder.TEXT;
  }

  private static final class Holder {
    static final String TEXT = read();
    static final List<String> PASSAGES = split(TEXT);
  }

  static List<String> split(String text) {
    String twice = text.strip() + "\n" + text.strip();
    List<int[]> words = new ArrayList<>();
    for (Matcher m = WORD.matcher(twice); m.find(); ) {
      words.add(new int[] {m.start(), m.end()});
    }
    int count = words.size() / 2;
    int length = Math.min(PASSAGE_WORDS, count);
    List<String> passages = new ArrayList<>(count);
    for (int first = 0; first < count; first++) {
      passages.add(twice.substring(words.get(first)[0], words.get(first + length - 1)[1]));
    }
    return List.copyOf(passages);
  }

  private static String read() {
    try (InputStream in = SonnetCorpus.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("class path resource missing: " + RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read class path resource " + RESOURCE, e);
    }
  }
}
