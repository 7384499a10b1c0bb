#!/usr/bin/env python3
"""Writes a tiny Qwen2-shaped GGUF model with random weights, for tests against a real llama.cpp server.

Python 3 standard library only. The vocabulary is the project's bundled GPT-2 byte-level BPE tokenizer
(resources/tokenizers/gpt2), so the client's tokenizer and the server's agree id for id. The layout follows
the GGUF v3 spec (ggml docs/gguf.md): header, typed key-value metadata, tensor infos, then the tensor data
aligned to 32 bytes. Shapes are those llama.cpp's qwen2 loader asks for (src/models/qwen2.cpp).

Usage: make_model.py OUT.gguf [TOKENIZER_JSON_GZ]
"""
import array
import gzip
import json
import os
import random
import struct
import sys

# Small enough to write in a few seconds and to decode fast on one CPU core; shaped like Qwen2
# (grouped-query attention with q/k/v biases, SwiGLU FFN, RMSNorm, RoPE, tied output embedding).
N_EMBD, N_HEAD, N_HEAD_KV, N_FF, N_LAYER, N_CTX = 128, 4, 2, 384, 4, 4096
ALIGNMENT = 32
SEED = 13

# GGUF metadata value types and ggml tensor types used here
T_UINT32, T_INT32, T_FLOAT32, T_BOOL, T_STRING, T_ARRAY = 4, 5, 6, 7, 8, 9
GGML_F32 = 0

CHATML = ("{% for message in messages %}{{ '<|im_start|>' + message['role'] + '\n' + message['content']"
          " + '<|im_end|>\n' }}{% endfor %}{% if add_generation_prompt %}{{ '<|im_start|>assistant\n' }}{% endif %}")


def gguf_string(s):
    b = s.encode("utf-8")
    return struct.pack("<Q", len(b)) + b


def kv(key, vtype, value):
    out = gguf_string(key) + struct.pack("<I", vtype)
    if vtype == T_STRING:
        return out + gguf_string(value)
    if vtype == T_UINT32:
        return out + struct.pack("<I", value)
    if vtype == T_FLOAT32:
        return out + struct.pack("<f", value)
    if vtype == T_BOOL:
        return out + struct.pack("<?", value)
    raise ValueError(vtype)


def kv_array(key, etype, values):
    out = gguf_string(key) + struct.pack("<IIQ", T_ARRAY, etype, len(values))
    if etype == T_STRING:
        return out + b"".join(gguf_string(v) for v in values)
    return out + array.array("i", values).tobytes()


def byte_decoder():
    """GPT-2's printable stand-ins for raw bytes, reversed: token text -> bytes."""
    bs = list(range(ord("!"), ord("~") + 1)) + list(range(ord("¡"), ord("¬") + 1)) + list(range(ord("®"), ord("ÿ") + 1))
    cs = bs[:]
    n = 0
    for b in range(256):
        if b not in bs:
            bs.append(b)
            cs.append(256 + n)
            n += 1
    return {chr(c): b for b, c in zip(bs, cs)}


def plain_ascii(token, decoder):
    """Whether a token decodes to printable ASCII: only such tokens may win the random logits, so every
    generated token is a whole character and streams one chunk per token (no held-back partial UTF-8)."""
    try:
        raw = bytes(decoder[c] for c in token)
    except KeyError:
        return False
    return len(raw) > 0 and all(32 <= b < 127 for b in raw)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    out_path = sys.argv[1]
    tok_path = sys.argv[2] if len(sys.argv) > 2 else os.path.join(here, "..", "..", "resources", "tokenizers", "gpt2",
                                                                   "tokenizer.json.gz")
    with gzip.open(tok_path, "rt", encoding="utf-8") as f:
        tok = json.load(f)
    vocab = tok["model"]["vocab"]
    tokens = [None] * len(vocab)
    for text, i in vocab.items():
        tokens[i] = text
    specials = {t["id"] for t in tok["added_tokens"] if t["special"]}
    eos = max(specials)
    merges = [m if isinstance(m, str) else " ".join(m) for m in tok["model"]["merges"]]
    n_vocab = len(tokens)
    decoder = byte_decoder()

    rng = random.Random(SEED)

    def uniform(n, scale):
        return array.array("f", [(rng.random() * 2.0 - 1.0) * scale for _ in range(n)])

    head_dim = N_EMBD // N_HEAD
    n_kv = head_dim * N_HEAD_KV
    embd = uniform(N_EMBD * n_vocab, 1.0)
    zero_row = array.array("f", bytes(4 * N_EMBD))
    for i, t in enumerate(tokens):
        if i in specials or not plain_ascii(t, decoder):
            embd[i * N_EMBD:(i + 1) * N_EMBD] = zero_row
    # (name, ggml dims with ne0 first, data)
    tensors = [("token_embd.weight", [N_EMBD, n_vocab], embd),
               ("output_norm.weight", [N_EMBD], array.array("f", [1.0] * N_EMBD))]
    w = 1.0 / N_EMBD ** 0.5
    for l in range(N_LAYER):
        p = "blk.%d." % l
        tensors += [
            (p + "attn_norm.weight", [N_EMBD], array.array("f", [1.0] * N_EMBD)),
            (p + "attn_q.weight", [N_EMBD, N_EMBD], uniform(N_EMBD * N_EMBD, w)),
            (p + "attn_q.bias", [N_EMBD], uniform(N_EMBD, w)),
            (p + "attn_k.weight", [N_EMBD, n_kv], uniform(N_EMBD * n_kv, w)),
            (p + "attn_k.bias", [n_kv], uniform(n_kv, w)),
            (p + "attn_v.weight", [N_EMBD, n_kv], uniform(N_EMBD * n_kv, w)),
            (p + "attn_v.bias", [n_kv], uniform(n_kv, w)),
            (p + "attn_output.weight", [N_EMBD, N_EMBD], uniform(N_EMBD * N_EMBD, w)),
            (p + "ffn_norm.weight", [N_EMBD], array.array("f", [1.0] * N_EMBD)),
            (p + "ffn_gate.weight", [N_EMBD, N_FF], uniform(N_EMBD * N_FF, w)),
            (p + "ffn_up.weight", [N_EMBD, N_FF], uniform(N_EMBD * N_FF, w)),
            (p + "ffn_down.weight", [N_FF, N_EMBD], uniform(N_FF * N_EMBD, 1.0 / N_FF ** 0.5)),
        ]

    meta = [
        kv("general.architecture", T_STRING, "qwen2"),
        kv("general.name", T_STRING, "llmbench-tiny-qwen2-random"),
        kv("general.alignment", T_UINT32, ALIGNMENT),
        kv("qwen2.context_length", T_UINT32, N_CTX),
        kv("qwen2.embedding_length", T_UINT32, N_EMBD),
        kv("qwen2.block_count", T_UINT32, N_LAYER),
        kv("qwen2.feed_forward_length", T_UINT32, N_FF),
        kv("qwen2.attention.head_count", T_UINT32, N_HEAD),
        kv("qwen2.attention.head_count_kv", T_UINT32, N_HEAD_KV),
        kv("qwen2.attention.layer_norm_rms_epsilon", T_FLOAT32, 1e-6),
        kv("qwen2.rope.freq_base", T_FLOAT32, 1000000.0),
        kv("tokenizer.ggml.model", T_STRING, "gpt2"),
        kv("tokenizer.ggml.pre", T_STRING, "gpt-2"),
        kv_array("tokenizer.ggml.tokens", T_STRING, tokens),
        # 1 = normal, 3 = control
        kv_array("tokenizer.ggml.token_type", T_INT32, [3 if i in specials else 1 for i in range(n_vocab)]),
        kv_array("tokenizer.ggml.merges", T_STRING, merges),
        kv("tokenizer.ggml.bos_token_id", T_UINT32, eos),
        kv("tokenizer.ggml.eos_token_id", T_UINT32, eos),
        kv("tokenizer.ggml.add_bos_token", T_BOOL, False),
        kv("tokenizer.chat_template", T_STRING, CHATML),
    ]

    infos = []
    offset = 0
    for name, dims, data in tensors:
        assert len(data) == product(dims), name
        infos.append(gguf_string(name) + struct.pack("<I", len(dims)) + struct.pack("<%dQ" % len(dims), *dims)
                     + struct.pack("<IQ", GGML_F32, offset))
        offset += padded(len(data) * 4)

    header = b"GGUF" + struct.pack("<IQQ", 3, len(tensors), len(meta))
    tmp = out_path + ".part"
    with open(tmp, "wb") as f:
        f.write(header)
        for m in meta:
            f.write(m)
        for info in infos:
            f.write(info)
        f.write(bytes(padded(f.tell()) - f.tell()))
        for _, _, data in tensors:
            raw = data.tobytes()
            f.write(raw + bytes(padded(len(raw)) - len(raw)))
    os.replace(tmp, out_path)
    print("wrote %s: qwen2, %d layers, hidden %d, vocab %d" % (out_path, N_LAYER, N_EMBD, n_vocab))


def padded(n):
    return (n + ALIGNMENT - 1) // ALIGNMENT * ALIGNMENT


def product(dims):
    n = 1
    for d in dims:
        n *= d
    return n


if __name__ == "__main__":
    main()
