import { Injectable, OnModuleInit } from '@nestjs/common';
import { PATH_METADATA } from '@nestjs/common/constants';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { PUBLIC_ROUTE, REQUIRED_PERMISSION } from './route-security.decorators';

export interface RouteSecurityEntry {
  route: string;
  permission?: string;
  public: boolean;
}

/**
 * Reads every controller route's security at start. A route that is neither public nor declares a
 * permission stops the start: forgetting the decorator must not open a route.
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
  }

  routes(): readonly RouteSecurityEntry[] {
    return this.entries;
  }

  /** Every permission some route requires, sorted. */
  declaredPermissions(): string[] {
    return [...new Set(this.entries.flatMap((entry) => (entry.permission ? [entry.permission] : [])))].sort();
  }
}
