package io.llmbench.tokenizer;

import io.llmbench.config.OptionSpec;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A Hugging Face tokenizer ({@code tokenizer.json}) run by DJL's binding of the Rust
 * {@code tokenizers} library, so ids match the Python tokenizers SGLang uses, id for id.
 *
 * <p>Thread-safe: load one instance and share it. Never downloads anything: see {@link #load}.
 */
public final class Tokenizer implements AutoCloseable {
  public static final OptionSpec<String> OPTION = OptionSpec.optionalString("tokenizer",
      "builtin:gpt2, a tokenizer.json, a model folder or a cached HF id; null: the model's, builtin:gpt2 on the mock");
  static {
    // Safety net before any DJL class loads: otherwise DJL calls the EC2 metadata address on
    // load and may try to download a CUDA build of its native library.
    System.setProperty("ai.djl.offline", "true");
  }

  // DJL's defaults truncate to 512 tokens and pad; the reference never does either.
  private static final Map<String, String> OPTIONS =
      Map.of("addSpecialTokens", "false", "truncation", "false", "padding", "false");

  private final String name;
  private final HuggingFaceTokenizer hf;
  private final Vocab vocab;
  private final int numSpecialTokensToAdd;
  private final Path folder;

  private Tokenizer(String name, HuggingFaceTokenizer hf, Vocab vocab, Path folder) {
    this.name = name;
    this.hf = hf;
    this.vocab = vocab;
    this.folder = folder;
    this.numSpecialTokensToAdd = encode("", true).length;
  }

  /**
   * Loads a tokenizer from one of:
   *
   * <ul>
   *   <li>{@code builtin:gpt2}: the GPT-2 tokenizer bundled on the class path;
   *   <li>a local {@code tokenizer.json} or gzipped {@code *.json.gz} file;
   *   <li>a local folder holding {@code tokenizer.json} (or {@code tokenizer.json.gz});
   *   <li>a Hugging Face hub id such as {@code Qwen/Qwen3-8B}, looked up only in the local HF
   *       cache ({@code $HF_HUB_CACHE}, {@code $HF_HOME/hub} or {@code ~/.cache/huggingface/hub}).
   * </ul>
   *
   * <p>{@code tokenizer_config.json} is not given to DJL, which would then apply {@code
   * clean_up_tokenization_spaces} on decode, which the tokenizers library (and transformers 5 for
   * BPE models) does not. It is read only for the chat template, see {@link #chatTemplate}.
   *
   * @throws IllegalArgumentException when the spec cannot be resolved or the file is not a valid
   *     tokenizer; the message says how to fix it
   */
  public static Tokenizer load(String spec) {
    TokenizerSource source = TokenizerSource.resolve(spec);
    Vocab vocab = Vocab.read(source);
    try {
      return new Tokenizer(
          spec, HuggingFaceTokenizer.newInstance(new ByteArrayInputStream(source.json()), OPTIONS),
          vocab, source.folder());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (RuntimeException e) {
      // Invalid tokenizer.json content (e.g. an unknown model type) or a native library failure.
      throw new IllegalArgumentException(
          "cannot load tokenizer '" + spec + "' (" + source.origin() + "): " + e.getMessage(), e);
    }
  }

  /** HF {@code encode(text, add_special_tokens=...)}; never truncated. */
  public int[] encode(String text, boolean addSpecialTokens) {
    long[] ids = hf.encode(Objects.requireNonNull(text), addSpecialTokens, false).getIds();
    int[] out = new int[ids.length];
    for (int i = 0; i < ids.length; i++) {
      out[i] = (int) ids[i];
    }
    return out;
  }

  /** HF {@code decode(ids)}: special tokens are kept. */
  public String decode(int[] ids) {
    return hf.decode(Arrays.stream(ids).asLongStream().toArray(), false);
  }

  /** HF {@code num_special_tokens_to_add()}: 0 for Qwen3 and GPT-2, 1 (BOS) for Llama 3. */
  public int numSpecialTokensToAdd() {
    return numSpecialTokensToAdd;
  }

  /** HF {@code vocab_size}: the base model vocabulary, without added tokens. */
  public int vocabSize() {
    return vocab.baseSize();
  }

  /**
   * The ids of HF {@code get_vocab()} (model vocabulary plus added tokens), ascending. HF's order
   * is a hash-map order that differs per process, so a sorted order loses nothing.
   */
  public int[] allVocabIds() {
    return vocab.allIds().clone();
  }

  /**
   * The ids of the added tokens marked special (BOS, EOS, chat and image markers), ascending: close to HF
   * {@code all_special_ids}, which lists those named in the special-tokens map.
   */
  public int[] specialIds() {
    return vocab.specialIds().clone();
  }

  /**
   * The chat template next to the tokenizer file ({@code tokenizer_config.json} or {@code
   * chat_template.jinja} in the same folder), see {@link ChatTemplate#find}. Read on each call, so
   * a tokenizer whose template is not supported still loads and encodes.
   *
   * @return empty for a built-in tokenizer, or when the folder has no chat template
   * @throws IllegalArgumentException naming the file when it is malformed or its template is not
   *     supported
   */
  public Optional<ChatTemplate> chatTemplate() {
    return folder == null ? Optional.empty() : ChatTemplate.find(folder);
  }

  /** The spec this tokenizer was loaded from. */
  public String name() {
    return name;
  }

  @Override
  public String toString() {
    return "Tokenizer[" + name + "]";
  }

  @Override
  public void close() {
    hf.close();
  }
}
