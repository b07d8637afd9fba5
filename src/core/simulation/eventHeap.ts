/**
 * The simulator's event list: a binary min-heap of (time, event) pairs in
 * typed arrays (times Float64Array, events Int32Array), so pushing and popping
 * allocate nothing except when the heap outgrows its arrays (then they double).
 * Ties in time pop in no particular order; the simulator's times are
 * continuous draws, so ties do not arise between random events.
 */
export class EventHeap {
  private times: Float64Array;
  private events: Int32Array;
  /** number of pending events */
  size = 0;

  constructor(capacity = 256) {
    this.times = new Float64Array(capacity);
    this.events = new Int32Array(capacity);
  }

  /** Empties the heap (keeps its arrays). */
  clear(): void {
    this.size = 0;
  }

  /** Adds an event at a time (seconds). */
  push(time: number, event: number): void {
    if (this.size === this.times.length) this.grow();
    const times = this.times;
    const events = this.events;
    let i = this.size;
    this.size += 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const pt = times[parent];
      if (pt <= time) break;
      times[i] = pt;
      events[i] = events[parent];
      i = parent;
    }
    times[i] = time;
    events[i] = event;
  }

  /** The earliest pending time (call only when size > 0). */
  peekTime(): number {
    return this.times[0];
  }

  /** The earliest pending event (call only when size > 0). */
  peekEvent(): number {
    return this.events[0];
  }

  /** Removes the earliest event (call only when size > 0). */
  pop(): void {
    const times = this.times;
    const events = this.events;
    const last = this.size - 1;
    this.size = last;
    if (last === 0) return;
    const time = times[last];
    const event = events[last];
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= last) break;
      if (child + 1 < last && times[child + 1] < times[child]) child += 1;
      if (times[child] >= time) break;
      times[i] = times[child];
      events[i] = events[child];
      i = child;
    }
    times[i] = time;
    events[i] = event;
  }

  private grow(): void {
    const times = new Float64Array(this.times.length * 2);
    const events = new Int32Array(this.events.length * 2);
    times.set(this.times);
    events.set(this.events);
    this.times = times;
    this.events = events;
  }
}
