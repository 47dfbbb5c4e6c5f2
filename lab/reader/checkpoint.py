"""The whole training state every few hundred batches and after each epoch, so that a run stopped at any point and
started again with the same command ends with the model an unstopped run gives (train.py and participants.py,
`--checkpoint CKPT`, `--save-every N`), at the cost of the batches since the last save.

`same` is what must be equal for a checkpoint to continue a run: every argument but the thread count, how often to
save and the paths written; a checkpoint of other arguments is refused, never overwritten.

A save inside an epoch also keeps the state Python's generator was in when the epoch drew its batches, so that the
resumed run draws the same batches again and skips those done; checkpoints written before stop 34 hold whole epochs
only and resume as they did.
"""
import os
import random
import sys
from dataclasses import dataclass

import torch


def same_args(a):
    """What must be equal for a checkpoint to continue a run: every argument but the thread count, how often to save
    and the paths out."""
    return {k: v for k, v in vars(a).items() if k not in ("threads", "out", "checkpoint", "val", "save_every")}


@dataclass
class Resumed:
    step: int = 0            # optimiser steps taken
    epoch: int = 0           # whole epochs done
    batch: int = 0           # batches done of the next epoch
    epoch_random: object = None  # Python's generator when the next epoch drew its batches (when batch > 0)
    total: float = 0.0       # the next epoch's summed loss so far, for its printed mean


def resume(path, same, model, opt, sched):
    """Loads the state saved in PATH, when it exists, into the model, optimiser, schedule and both random generators;
    returns where the run stands (all zero for a fresh run)."""
    if not path or not os.path.exists(path):
        return Resumed()
    ck = torch.load(path, weights_only=False)
    if ck["args"] != same:
        sys.exit(f"{path} was written by another run: {ck['args']} (this run: {same}); remove it to start over")
    model.load_state_dict(ck["state_dict"])
    opt.load_state_dict(ck["optimizer"])
    sched.load_state_dict(ck["scheduler"])
    random.setstate(ck["random"])
    torch.set_rng_state(ck["torch_rng"])
    r = Resumed(ck["step"], ck["epoch"], ck.get("batch", 0), ck.get("epoch_random"), ck.get("total", 0.0))
    within = f" and {r.batch} batches of epoch {r.epoch + 1}" if r.batch else ""
    print(f"resumed from {path} after epoch {r.epoch}{within} (step {r.step})", flush=True)
    return r


def epoch_start(draw, r, ep):
    """Where epoch EP (from 0) starts: DRAW()'s batches, the generator state they were drawn from, the batches already
    done and their summed loss. For the epoch a save interrupted, the batches are drawn again from the state its first
    run drew them from, and the generator is then put back where the save left it."""
    if ep != r.epoch or not r.batch:
        start = random.getstate()
        return draw(), start, 0, 0.0
    now = random.getstate()
    random.setstate(r.epoch_random)
    batches = draw()
    random.setstate(now)
    return batches, r.epoch_random, r.batch, r.total


def save(path, same, epoch, step, model, opt, sched, batch=0, epoch_random=None, total=0.0):
    """Saves the state after EPOCH whole epochs and BATCH batches of the next one; a stop while writing leaves the
    previous save whole."""
    tmp = path + ".tmp"
    torch.save({"args": same, "epoch": epoch, "step": step, "batch": batch, "epoch_random": epoch_random,
                "total": total, "state_dict": model.state_dict(), "optimizer": opt.state_dict(),
                "scheduler": sched.state_dict(), "random": random.getstate(), "torch_rng": torch.get_rng_state()}, tmp)
    os.replace(tmp, path)


def save_within(a, same, ep, done, of, step, model, opt, sched, epoch_random, total):
    """After DONE of an epoch's OF batches: a save every `--save-every` batches (the epoch's last is saved whole by
    the caller)."""
    if a.checkpoint and a.save_every and done % a.save_every == 0 and done < of:
        save(a.checkpoint, same, ep, step, model, opt, sched, done, epoch_random, total)
