import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { RequestContext } from '@promenade/platform';
import { FastifyRequest } from 'fastify';
import { Observable } from 'rxjs';

/** Runs each request's handler inside a RequestContext, so its commands and events carry the request id. */
@Injectable()
export class RequestContextInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const { id } = context.switchToHttp().getRequest<FastifyRequest>();
    return new Observable((subscriber) => RequestContext.run(id, () => next.handle().subscribe(subscriber)));
  }
}
