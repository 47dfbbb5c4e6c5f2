"""Dynamic int8 quantization of an exported reader, written by hand with the `onnx` package (onnxruntime's Python
quantizer is not installed here); the result runs in ONNX Runtime (Java) like the float model.

    /usr/bin/python3 lab/reader/quantize_onnx.py IN.onnx OUT.onnx [--no-embeddings] [--reduce-range] [--signed]

What onnxruntime's quantize_dynamic does for MatMul: each MatMul whose second input is a float weight matrix
(in, out) becomes DynamicQuantizeLinear on the activations (uint8, scale and zero point computed per run) ->
MatMulInteger with the weights as int8 (symmetric, one scale per output column) -> Cast -> Mul by the two scales;
ONNX Runtime fuses this into DynamicQuantizeMatMul. The word embedding table (the largest initializer, read by a
Gather) is stored as int8 with one scale per hidden dimension and dequantized after the Gather. The classifier
head (a Gemm), LayerNorms, biases and the small embedding tables stay float.

Last, the MatMul weights are stored as uint8 (q + 128, zero point 128; unsign_onnx.py), which computes the same
products but makes ONNX Runtime pick a kernel that cannot saturate on CPUs without VNNI; --signed keeps them int8
(stop 29's form, whose figures depend on whether the CPU has VNNI).
"""
import argparse
import os

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

from unsign_onnx import unsign


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("inp")
    ap.add_argument("out")
    ap.add_argument("--no-embeddings", action="store_true", help="leave the word embedding table float")
    ap.add_argument("--reduce-range", action="store_true",
                    help="MatMul weights in [-63, 63]: on CPUs without VNNI, ONNX Runtime adds pairs of uint8 x int8 "
                         "products in 16 bits, which full-range weights can overflow; 7 bits cannot, so CPUs with and "
                         "without VNNI should compute the same (unsigned weights, the default, do so at 8 bits)")
    ap.add_argument("--signed", action="store_true",
                    help="keep the MatMul weights int8 (ONNX Runtime's uint8 x int8 kernels saturate on CPUs without "
                         "VNNI, so the figures then depend on the CPU)")
    a = ap.parse_args()
    top = 63.0 if a.reduce_range else 127.0
    m = onnx.load(a.inp)
    g = m.graph
    init = {t.name: t for t in g.initializer}
    nodes, new_inits, quantized_inputs, n_mm = [], [], {}, 0
    drop = set()
    for node in g.node:
        w = node.input[1] if len(node.input) > 1 else None
        if node.op_type == "MatMul" and w in init and len(init[w].dims) == 2 and init[w].data_type == TensorProto.FLOAT:
            x, y = node.input[0], node.output[0]
            W = numpy_helper.to_array(init[w]).astype(np.float32)
            scale = np.maximum(np.abs(W).max(axis=0), 1e-12) / top
            Wq = np.clip(np.round(W / scale), -top, top).astype(np.int8)
            base = f"q{n_mm}"
            new_inits += [numpy_helper.from_array(Wq, base + "_w"),
                          numpy_helper.from_array(scale.astype(np.float32), base + "_ws"),
                          numpy_helper.from_array(np.zeros(W.shape[1], np.int8), base + "_wzp")]
            drop.add(w)
            if x not in quantized_inputs:
                q = (x + "_q", x + "_s", x + "_zp")
                nodes.append(helper.make_node("DynamicQuantizeLinear", [x], list(q), name=x + "_dql"))
                quantized_inputs[x] = q
            xq, xs, xzp = quantized_inputs[x]
            nodes += [
                helper.make_node("MatMulInteger", [xq, base + "_w", xzp, base + "_wzp"], [base + "_i32"], name=base + "_mmi"),
                helper.make_node("Cast", [base + "_i32"], [base + "_f"], to=TensorProto.FLOAT, name=base + "_cast"),
                helper.make_node("Mul", [xs, base + "_ws"], [base + "_s"], name=base + "_scale"),
                helper.make_node("Mul", [base + "_f", base + "_s"], [y], name=base + "_mul"),
            ]
            n_mm += 1
        elif (node.op_type == "Gather" and not a.no_embeddings and node.input[0] in init
              and len(init[node.input[0]].dims) == 2 and init[node.input[0]].dims[0] > 10000):
            E = numpy_helper.to_array(init[node.input[0]]).astype(np.float32)
            scale = np.maximum(np.abs(E).max(axis=0), 1e-12) / 127.0
            Eq = np.clip(np.round(E / scale), -127, 127).astype(np.int8)
            base = "emb"
            new_inits += [numpy_helper.from_array(Eq, base + "_q"),
                          numpy_helper.from_array(scale.astype(np.float32), base + "_s"),
                          numpy_helper.from_array(np.zeros(E.shape[1], np.int8), base + "_zp")]
            drop.add(node.input[0])
            nodes += [
                helper.make_node("Gather", [base + "_q", node.input[1]], [base + "_g"], name=base + "_gather"),
                helper.make_node("DequantizeLinear", [base + "_g", base + "_s", base + "_zp"], [node.output[0]],
                                 axis=-1, name=base + "_deq"),
            ]
        else:
            nodes.append(node)
    still_used = {i for n in nodes for i in n.input}
    keep = [t for t in g.initializer if t.name not in drop or t.name in still_used]
    del g.initializer[:]
    g.initializer.extend(keep + new_inits)
    del g.node[:]
    g.node.extend(nodes)
    if not a.signed:
        unsign(m)
    onnx.checker.check_model(m)
    onnx.save(m, a.out)
    print(f"{a.out}: {n_mm} MatMuls quantized ({'int8' if a.signed else 'uint8'} weights), embeddings {'float' if a.no_embeddings else 'int8'}, "
          f"{os.path.getsize(a.inp) / 1e6:.1f} MB -> {os.path.getsize(a.out) / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
