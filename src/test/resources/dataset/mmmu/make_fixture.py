"""Writes this MMMU-layout fixture: three small PNGs (no PIL needed) and mmmu.jsonl.

Run from this folder: python3 make_fixture.py. The pictures are plain gradients made up for the tests.
"""
import json
import struct
import zlib


def png(path, width, height, color_type, pixel):
    """color_type 0 = gray, 2 = RGB, 6 = RGBA; pixel(x, y) gives the channel values."""
    raw = b"".join(b"\x00" + b"".join(bytes(pixel(x, y)) for x in range(width)) for y in range(height))

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 8, color_type, 0, 0, 0)
    with open(path, "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw))
                + chunk(b"IEND", b""))


png("images/rgba.png", 40, 30, 6, lambda x, y: (x * 6, y * 8, 200, 128))
png("images/rgb.png", 24, 16, 2, lambda x, y: (255, x * 10, y * 15))
png("images/gray.png", 8, 8, 0, lambda x, y: ((x + y) * 16,))
examples = [
    {"id": "test_Math_1", "question": "What is the area of the shaded region?", "image": "images/rgba.png"},
    {"id": "test_Math_2", "question": "Which curve grows fastest?", "image": "images/rgb.png"},
    {"id": "test_Math_3", "question": "How many cells are dark?", "image": None},
    {"id": "test_Math_4", "question": "Read the value at <image 1>.", "image": "images/gray.png"},
]
with open("mmmu.jsonl", "w") as f:
    for e in examples:
        f.write(json.dumps(e) + "\n")
