import { randomBytes } from 'node:crypto';
import { Injectable, OnModuleInit } from '@nestjs/common';
import * as argon2 from 'argon2';
import { PasswordHasher } from '../../domain/user/password-hasher';

/** OWASP Password Storage Cheat Sheet (2025): argon2id, 19 MiB, 2 iterations, 1 lane. */
export const ARGON2_OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

@Injectable()
export class Argon2PasswordHasher implements PasswordHasher, OnModuleInit {
  // Verified against when the user is unknown, so that answer takes as long as a wrong password does.
  private decoy?: Promise<string>;

  /** Made at start, so the first unknown-address login is not the one that pays for it. */
  onModuleInit(): void {
    this.decoy ??= this.hash(randomBytes(16).toString('hex'));
  }

  hash(password: string): Promise<string> {
    return argon2.hash(password, ARGON2_OPTIONS);
  }

  async verify(hash: string | undefined, password: string): Promise<boolean> {
    if (hash === undefined) {
      this.decoy ??= this.hash(randomBytes(16).toString('hex'));
      await argon2.verify(await this.decoy, password);
      return false;
    }
    return argon2.verify(hash, password);
  }
}
