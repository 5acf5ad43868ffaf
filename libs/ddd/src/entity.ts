/** An object with identity: two entities are the same when their ids are, whatever their state. */
export abstract class Entity<Id extends string = string> {
  protected constructor(readonly id: Id) {}

  equals(other: Entity<Id> | null | undefined): boolean {
    return !!other && other.constructor === this.constructor && other.id === this.id;
  }
}
