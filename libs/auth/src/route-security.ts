import { Injectable, OnModuleInit } from '@nestjs/common';
import { PATH_METADATA } from '@nestjs/common/constants';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { PUBLIC_ROUTE, REQUIRED_PERMISSION } from './route-security.decorators';

interface RouteSecurityEntry {
  route: string;
  permission?: string;
  public: boolean;
}

/**
 * Reads every controller route's security at start. A route must be exactly one of public or
 * permission-bound, else the start stops: forgetting the decorator must not open a route, and a route
 * marked both (on the class or the method) is ambiguous — the guard would let `@Public()` win.
 */
@Injectable()
export class RouteSecurity implements OnModuleInit {
  private entries: RouteSecurityEntry[] = [];

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
  ) {}

  onModuleInit(): void {
    this.entries = this.discovery.getControllers().flatMap(({ metatype, instance }) => {
      if (!metatype || !instance) return [];
      const prototype = Object.getPrototypeOf(instance) as object;
      return this.scanner.getAllMethodNames(prototype).flatMap((name) => {
        const handler = (prototype as Record<string, unknown>)[name] as () => unknown;
        if (Reflect.getMetadata(PATH_METADATA, handler) === undefined) return [];
        const targets = [handler, metatype];
        return [
          {
            route: `${metatype.name}.${name}`,
            permission: this.reflector.getAllAndOverride<string | undefined>(REQUIRED_PERMISSION, targets),
            public: this.reflector.getAllAndOverride<boolean | undefined>(PUBLIC_ROUTE, targets) === true,
          },
        ];
      });
    });
    const open = this.entries.filter((entry) => !entry.public && !entry.permission).map((entry) => entry.route);
    if (open.length) throw new Error(`Routes without @Public() or @RequirePermission(): ${open.join(', ')}`);
    const both = this.entries.filter((entry) => entry.public && entry.permission).map((entry) => `${entry.route} (${entry.permission})`);
    if (both.length) throw new Error(`Routes both @Public() and @RequirePermission(), choose one: ${both.join(', ')}`);
  }

  /** Every permission some route requires, sorted. */
  declaredPermissions(): string[] {
    return [...new Set(this.entries.flatMap((entry) => (entry.permission ? [entry.permission] : [])))].sort();
  }
}
