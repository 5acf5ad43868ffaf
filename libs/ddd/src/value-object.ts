import { isDeepStrictEqual } from 'node:util';

/** Immutable, compared by value. Subclasses expose a smart constructor and keep their constructor private. */
export abstract class ValueObject<Props extends object> {
  protected readonly props: Readonly<Props>;

  protected constructor(props: Props) {
    this.props = Object.freeze({ ...props });
  }

  equals(other: ValueObject<Props> | null | undefined): boolean {
    if (other === null || other === undefined || other.constructor !== this.constructor) return false;
    return isDeepStrictEqual(this.props, other.props);
  }
}
