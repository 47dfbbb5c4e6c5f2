"""The whole training state after each epoch, so that a run stopped at any point and started again with the same
command ends with the model an unstopped run gives (train.py and participants.py, `--checkpoint CKPT`).

`same` is what must be equal for a checkpoint to continue a run: every argument but the thread count and the paths
written; a checkpoint of other arguments is refused, never overwritten.
"""
import os
import random
import sys

import torch


def same_args(a):
    """What must be equal for a checkpoint to continue a run: every argument but the thread count and the paths out."""
    return {k: v for k, v in vars(a).items() if k not in ("threads", "out", "checkpoint", "val")}


def resume(path, same, model, opt, sched):
    """Loads the state saved in PATH, when it exists, into the model, optimiser, schedule and both random generators;
    returns (steps taken, epochs done), (0, 0) for a fresh run."""
    if not path or not os.path.exists(path):
        return 0, 0
    ck = torch.load(path, weights_only=False)
    if ck["args"] != same:
        sys.exit(f"{path} was written by another run: {ck['args']} (this run: {same}); remove it to start over")
    model.load_state_dict(ck["state_dict"])
    opt.load_state_dict(ck["optimizer"])
    sched.load_state_dict(ck["scheduler"])
    random.setstate(ck["random"])
    torch.set_rng_state(ck["torch_rng"])
    print(f"resumed from {path} after epoch {ck['epoch']} (step {ck['step']})", flush=True)
    return ck["step"], ck["epoch"]


def save(path, same, epoch, step, model, opt, sched):
    """Saves the state after EPOCH epochs; a stop while writing leaves the previous epoch's checkpoint whole."""
    tmp = path + ".tmp"
    torch.save({"args": same, "epoch": epoch, "step": step, "state_dict": model.state_dict(),
                "optimizer": opt.state_dict(), "scheduler": sched.state_dict(), "random": random.getstate(),
                "torch_rng": torch.get_rng_state()}, tmp)
    os.replace(tmp, path)
