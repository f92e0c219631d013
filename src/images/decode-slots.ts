// The sharp decodes this process runs at once: one per core, so reading and rules keep moving while
// sharp works. libvips keeps one error message for the whole process, so a failure's reason can be
// another decode's (a cut JPEG was once reported with an AVIF's "bad seek to 2591" and that file's
// full path): a decode whose reason is reported (the pixel check) is run again with every slot held,
// alone, and only that reason is used. Every sharp call that can fail takes a slot.
import os from 'node:os';

export const DECODE_SLOTS = Math.max(1, os.availableParallelism());

let running = 0;
let waiting: (() => void)[] = [];
/** Decodes waiting to run alone: decodes of one slot wait behind them, or a busy scan could keep them waiting for ever. */
let waitingAlone = 0;

async function acquire(slots: number): Promise<void> {
  const alone = slots === DECODE_SLOTS;
  if (alone) waitingAlone++;
  try {
    while (running + slots > DECODE_SLOTS || (!alone && waitingAlone > 0)) await new Promise<void>((resolve) => waiting.push(resolve));
  } finally {
    if (alone) waitingAlone--;
  }
  running += slots;
}

function release(slots: number): void {
  running -= slots;
  const woken = waiting;
  waiting = [];
  for (const wake of woken) wake();
}

async function holding<T>(slots: number, work: () => Promise<T>): Promise<T> {
  await acquire(slots);
  try {
    return await work();
  } finally {
    release(slots);
  }
}

/** Runs `work` (a sharp decode) in one of the slots. */
export function withDecodeSlot<T>(work: () => Promise<T>): Promise<T> {
  return holding(1, work);
}

/** Runs `work` with no other decode under way: its failure's reason is its own. */
export function withNoOtherDecode<T>(work: () => Promise<T>): Promise<T> {
  return holding(DECODE_SLOTS, work);
}
