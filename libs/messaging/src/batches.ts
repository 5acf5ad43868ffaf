export interface BatchesOptions {
  /** Groups running at once. */
  parallel: number;
  /** Items a group takes at most. */
  size: number;
}

interface Waiting<T, O> {
  item: T;
  settle: (outcome: O) => void;
  fail: (error: unknown) => void;
}

/**
 * Runs the items handed to it in groups, with no added wait: what is waiting is spread over the free slots (at most
 * `parallel` groups run at once), alone while there are slots enough, in groups of up to `size` when there are not; while
 * every slot is taken, newcomers wait and the next free slot takes a group of them. A quiet stream thus runs item by item,
 * and a busy one in groups that share each group's fixed cost. `run` answers one outcome per item, in order; an item whose
 * `run` rejects as a whole gets that rejection.
 */
export class Batches<T, O> {
  private readonly waiting: Array<Waiting<T, O>> = [];
  private running = 0;
  private scheduled = false;

  constructor(
    private readonly options: BatchesOptions,
    private readonly run: (items: T[]) => Promise<O[]>,
  ) {}

  submit(item: T): Promise<O> {
    return new Promise<O>((settle, fail) => {
      this.waiting.push({ item, settle, fail });
      // Once the current task is done: items handed over together (a transport starting several jobs) form one group.
      if (!this.scheduled) {
        this.scheduled = true;
        queueMicrotask(() => {
          this.scheduled = false;
          this.start();
        });
      }
    });
  }

  private start(): void {
    const free = this.options.parallel - this.running;
    if (free <= 0 || this.waiting.length === 0) return;
    const each = Math.min(this.options.size, Math.ceil(this.waiting.length / free));
    while (this.running < this.options.parallel && this.waiting.length > 0) {
      const group = this.waiting.splice(0, each);
      this.running++;
      void this.run(group.map((waiting) => waiting.item))
        .then(
          (outcomes) => group.forEach((waiting, i) => waiting.settle(outcomes[i])),
          (error: unknown) => group.forEach((waiting) => waiting.fail(error)),
        )
        .finally(() => {
          this.running--;
          this.start();
        });
    }
  }
}
