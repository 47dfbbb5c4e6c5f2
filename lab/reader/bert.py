"""A plain BERT encoder (hidden 384, 12 heads) in torch, loading the ONNX weights of all-MiniLM-L6-v2 (6 layers) or
of another such encoder with the same pieces, such as bge-small-en-v1.5 (12 layers).

The ONNX export names the embeddings, biases and LayerNorms but leaves the weight matrices anonymous
(onnx::MatMul_NNN). Each is mapped to its role through the graph: a MatMul whose initializer input feeds an Add
whose other input is a named bias (encoder.layer.N.<role>.bias) is that role's weight, stored as (in, out).
"""
import math

import torch
import torch.nn as nn
import torch.nn.functional as F

HIDDEN, LAYERS, HEADS, INTER, EPS = 384, 6, 12, 1536, 1e-12  # LAYERS: MiniLM-L6, the default
# True: every Linear runs as F.linear whatever the batch and threads (one graph path, for the ONNX export)
PLAIN_LINEAR = False


class Linear(nn.Linear):
    """nn.Linear computed as a 1x1 convolution over (tokens, features, 1, 1).

    Debian's torch links the reference BLAS (about 5 GFLOPS, one thread), while its convolutions go through
    oneDNN (MKL-DNN), which torch picks for a 1x1 kernel when the batch dimension is 16 or more or more than one
    thread runs; here that is 30-60 times faster, forward and backward. Same parameters and state_dict names.
    With PLAIN_LINEAR set, always F.linear (the ONNX export: a MatMul and an Add, whatever the batch).
    """

    def forward(self, x):
        shape = x.shape
        flat = x.reshape(-1, shape[-1], 1, 1)
        if PLAIN_LINEAR or (flat.shape[0] < 16 and torch.get_num_threads() == 1):
            return F.linear(x, self.weight, self.bias)
        y = F.conv2d(flat, self.weight[:, :, None, None], self.bias)
        return y.reshape(*shape[:-1], self.out_features)


class Layer(nn.Module):
    def __init__(self):
        super().__init__()
        self.q = Linear(HIDDEN, HIDDEN)
        self.k = Linear(HIDDEN, HIDDEN)
        self.v = Linear(HIDDEN, HIDDEN)
        self.o = Linear(HIDDEN, HIDDEN)
        self.ln1 = nn.LayerNorm(HIDDEN, eps=EPS)
        self.up = Linear(HIDDEN, INTER)
        self.down = Linear(INTER, HIDDEN)
        self.ln2 = nn.LayerNorm(HIDDEN, eps=EPS)
        self.drop = nn.Dropout(0.1)

    def forward(self, x, bias):
        b, n, _ = x.shape
        d = HIDDEN // HEADS

        def split(t):
            return t.view(b, n, HEADS, d).transpose(1, 2)

        q, k, v = split(self.q(x)), split(self.k(x)), split(self.v(x))
        att = q @ k.transpose(-1, -2) / math.sqrt(d) + bias
        att = self.drop(att.softmax(-1))
        ctx = (att @ v).transpose(1, 2).reshape(b, n, HIDDEN)
        x = self.ln1(x + self.drop(self.o(ctx)))
        h = self.down(F.gelu(self.up(x)))
        return self.ln2(x + self.drop(h))


class Bert(nn.Module):
    def __init__(self, vocab=30522, layers=LAYERS):
        super().__init__()
        self.word = nn.Embedding(vocab, HIDDEN)
        self.pos = nn.Embedding(512, HIDDEN)
        self.typ = nn.Embedding(2, HIDDEN)
        self.ln = nn.LayerNorm(HIDDEN, eps=EPS)
        self.drop = nn.Dropout(0.1)
        self.layers = nn.ModuleList(Layer() for _ in range(layers))

    def forward(self, ids, mask, types=None):
        n = ids.shape[1]
        pos = torch.arange(n, device=ids.device).unsqueeze(0)
        types = torch.zeros_like(ids) if types is None else types
        x = self.drop(self.ln(self.word(ids) + self.pos(pos) + self.typ(types)))
        bias = (1.0 - mask[:, None, None, :].to(x.dtype)) * -1e4
        for layer in self.layers:
            x = layer(x, bias)
        return x


def mean_pool(hidden, mask):
    m = mask.unsqueeze(-1).to(hidden.dtype)
    return (hidden * m).sum(1) / m.sum(1).clamp(min=1e-9)


_ROLES = {
    "attention.self.query": "q", "attention.self.key": "k", "attention.self.value": "v",
    "attention.output.dense": "o", "intermediate.dense": "up", "output.dense": "down",
}
_LN = {"attention.output.LayerNorm": "ln1", "output.LayerNorm": "ln2"}


def onnx_state_dict(path):
    """The torch state_dict of Bert from the ONNX file, weight matrices found by tracing MatMul -> Add(bias)."""
    import onnx
    from onnx import numpy_helper

    g = onnx.load(path).graph
    init = {t.name: torch.from_numpy(numpy_helper.to_array(t).copy()) for t in g.initializer}
    produced_by = {}
    for node in g.node:
        for o in node.output:
            produced_by[o] = node
    sd = {
        "word.weight": init["embeddings.word_embeddings.weight"],
        "pos.weight": init["embeddings.position_embeddings.weight"],
        "typ.weight": init["embeddings.token_type_embeddings.weight"],
        "ln.weight": init["embeddings.LayerNorm.weight"],
        "ln.bias": init["embeddings.LayerNorm.bias"],
    }
    for node in g.node:
        if node.op_type != "Add":
            continue
        names = [i for i in node.input if i in init and i.startswith("encoder.layer.") and i.endswith(".bias")]
        if len(names) != 1:
            continue
        bias = names[0]
        other = [i for i in node.input if i != bias][0]
        mm = produced_by.get(other)
        if mm is None or mm.op_type != "MatMul":
            continue
        w = [i for i in mm.input if i in init]
        if len(w) != 1:
            continue
        parts = bias.split(".")
        layer, role = parts[2], ".".join(parts[3:-1])
        if role not in _ROLES:
            continue
        key = f"layers.{layer}.{_ROLES[role]}"
        sd[key + ".weight"] = init[w[0]].t().contiguous()  # ONNX stores (in, out); nn.Linear wants (out, in)
        sd[key + ".bias"] = init[bias]
    for name, t in init.items():
        if name.startswith("encoder.layer.") and ".LayerNorm." in name:
            parts = name.split(".")
            layer, role, kind = parts[2], ".".join(parts[3:-1]), parts[-1]
            sd[f"layers.{layer}.{_LN[role]}.{kind}"] = t
    return sd


MINILM = "/tmp/ft/all-minilm-l6-v2.onnx"


def layer_count(state_dict):
    """How many layers a Bert state_dict holds."""
    return 1 + max(int(k.split(".")[1]) for k in state_dict if k.startswith("layers."))


def load_pretrained(path=MINILM):
    """The pretrained encoder in the ONNX file at path (MiniLM-L6 by default), with as many layers as it has."""
    sd = onnx_state_dict(path)
    model = Bert(layers=layer_count(sd))
    model.load_state_dict(sd, strict=True)
    return model
