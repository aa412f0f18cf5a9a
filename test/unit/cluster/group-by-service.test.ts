import { describe, expect, it } from 'vitest';
import { groupByService } from '../../../src/cluster/views.js';

describe('groupByService', () => {
  it('lists items under their service, each list in the items order', () => {
    const items = [{ s: 'web', n: 1 }, { s: 'db', n: 2 }, { s: 'web', n: 3 }];
    const groups = groupByService(items, (i) => i.s);
    expect([...groups.keys()]).toEqual(['web', 'db']);
    expect(groups.get('web')?.map((i) => i.n)).toEqual([1, 3]);
    expect(groups.get('cache')).toBeUndefined();
  });
});
