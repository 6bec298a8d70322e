import { describe, expect, it } from 'vitest';
import { parsing, sharedSchema } from './shared-schema';

describe('one schema per collection', () => {
  const counting = () => {
    const built: string[] = [];
    const schema = sharedSchema((entry: string) => {
      built.push(entry);
      return { for: entry };
    });
    return { built, schema };
  };

  it('builds once for the entries without an image field, and shares it', () => {
    const { built, schema } = counting();
    const first = parsing({ title: 'a' }, () => schema('a.md'));
    const second = parsing({ title: 'b' }, () => schema('b.md'));
    expect(second).toBe(first);
    expect(built).toEqual(['a.md']);
  });

  it('builds afresh, with the entry’s own context, for an entry with an image', () => {
    const { built, schema } = counting();
    parsing({ title: 'a' }, () => schema('a.md'));
    const withCover = parsing({ title: 'b', cover: { src: './b.jpg', alt: 'Ảnh b' } }, () => schema('b.md'));
    expect(withCover).toEqual({ for: 'b.md' });
    expect(built).toEqual(['a.md', 'b.md']);
  });

  it('builds afresh when called outside a parse, and after a parse that threw', () => {
    const { built, schema } = counting();
    schema('x.md');
    expect(() =>
      parsing({ title: 'a' }, () => {
        throw new Error('sai');
      }),
    ).toThrow('sai');
    schema('y.md');
    expect(built).toEqual(['x.md', 'y.md']);
  });
});
