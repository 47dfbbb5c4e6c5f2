"""Rewrite a quantised reader's int8 MatMul weights as uint8, without changing a single product.

    /usr/bin/python3 lab/reader/unsign_onnx.py IN-int8.onnx OUT.onnx

quantize_onnx.py stores each MatMul weight as int8 q with zero point 0. Here it becomes uint8 q + 128 with zero point
128: MatMulInteger subtracts the zero point before it multiplies, so every product, and every int32 sum, is the one
the int8 model computes. What changes is the kernel ONNX Runtime picks. For uint8 activations times int8 weights it
adds pairs of products in 16 bits where the CPU has no VNNI (VPMADDUBSW), and that sum saturates when a pair of large
activations meets a pair of large weights, so the same model reads differently on CPUs with and without VNNI. For
uint8 times uint8 it widens both to 16 bits first and adds pairs in 32 bits, exact on every CPU. The word embedding
table (dequantised after its Gather, no MatMul) is left as it is. The float parts of the model (attention, LayerNorm,
GELU) still round a little differently with AVX2 than with AVX-512 kernels, so scores near a threshold can still
differ between CPUs, far more rarely (docs/quality.md, stop 30).
"""
import argparse
import os

import numpy as np
import onnx
from onnx import TensorProto, numpy_helper


def unsign(model):
    """Turn every MatMulInteger whose weights are an int8 initializer into uint8 + 128; returns how many."""
    g = model.graph
    init = {t.name: t for t in g.initializer}
    users = {}
    for node in g.node:
        for i in node.input:
            users.setdefault(i, []).append(node)
    done = 0
    for node in g.node:
        if node.op_type != "MatMulInteger" or len(node.input) < 4:
            continue
        w, wzp = node.input[1], node.input[3]
        if w not in init or wzp not in init or init[w].data_type != TensorProto.INT8:
            continue
        for name in (w, wzp):
            if any(u is not node for u in users[name]):
                raise SystemExit(f"{name} is read by more than {node.name}; not rewritten")
        W = numpy_helper.to_array(init[w]).astype(np.int16)
        Z = numpy_helper.to_array(init[wzp]).astype(np.int16)
        init[w].CopyFrom(numpy_helper.from_array((W + 128).astype(np.uint8), w))
        init[wzp].CopyFrom(numpy_helper.from_array((Z + 128).astype(np.uint8), wzp))
        done += 1
    return done


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("inp")
    ap.add_argument("out")
    a = ap.parse_args()
    m = onnx.load(a.inp)
    n = unsign(m)
    onnx.checker.check_model(m)
    onnx.save(m, a.out)
    print(f"{a.out}: {n} MatMul weights uint8, {os.path.getsize(a.out) / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
