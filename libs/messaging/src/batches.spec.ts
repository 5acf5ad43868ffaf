import { Batches } from './batches';

/** A run that records each group and finishes only when told to, answering each item doubled. */
function recordingRun() {
  const groups: number[][] = [];
  const finish: Array<() => void> = [];
  const run = (items: number[]) => {
    groups.push(items);
    return new Promise<number[]>((resolve) => finish.push(() => resolve(items.map((item) => item * 2))));
  };
  return { groups, finish, run };
}

const settled = () => new Promise((resolve) => setImmediate(resolve));

describe('Batches', () => {
  it('starts what is handed over together at once, in one group up to its size', async () => {
    const { groups, finish, run } = recordingRun();
    const batches = new Batches({ parallel: 1, size: 3 }, run);

    const answers = [1, 2, 3, 4].map((item) => batches.submit(item));
    await settled();
    expect(groups).toEqual([[1, 2, 3]]);

    finish[0]();
    await settled();
    expect(groups).toEqual([[1, 2, 3], [4]]);
    finish[1]();
    expect(await Promise.all(answers)).toEqual([2, 4, 6, 8]);
  });

  it('spreads what is handed over together over the free slots: alone while there are slots enough', async () => {
    const { groups, run } = recordingRun();
    const batches = new Batches({ parallel: 3, size: 10 }, run);

    [1, 2, 3].forEach((item) => void batches.submit(item));
    await settled();
    [4, 5, 6, 7, 8].forEach((item) => void batches.submit(item));
    await settled();

    expect(groups).toEqual([[1], [2], [3]]);
  });

  it('runs items alone while fewer groups than allowed run, and groups those that wait for a slot', async () => {
    const { groups, finish, run } = recordingRun();
    const batches = new Batches({ parallel: 2, size: 10 }, run);

    void batches.submit(1);
    await settled();
    void batches.submit(2);
    await settled();
    [3, 4, 5].forEach((item) => void batches.submit(item));
    await settled();
    expect(groups).toEqual([[1], [2]]);

    finish[0]();
    await settled();
    expect(groups).toEqual([[1], [2], [3, 4, 5]]);
  });

  it('fails every item of a group whose run rejects, and goes on with the next', async () => {
    let calls = 0;
    const batches = new Batches({ parallel: 1, size: 2 }, async (items: number[]) => {
      if (++calls === 1) throw new Error('lost');
      return items;
    });

    const answers = [1, 2, 3].map((item) => batches.submit(item).catch((error: Error) => error.message));

    expect(await Promise.all(answers)).toEqual(['lost', 'lost', 3]);
  });
});
