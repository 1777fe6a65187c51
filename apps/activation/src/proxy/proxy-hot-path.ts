import { GUARDS_METADATA, HTTP_CODE_METADATA, INTERCEPTORS_METADATA, PATH_METADATA, PIPES_METADATA } from '@nestjs/common/constants.js';
import { HttpStatus, type Type } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { OpenAPIObject } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest, RouteOptions } from 'fastify';
import { fastBody, responseSchemaOf, type FastBody } from '#common';
import type { InstallationContext } from './installation-context.js';
import { ALLOW_DEACTIVATED, ProxyAuthGuard } from './proxy-auth.guard.js';
import { ProxyController } from './proxy.controller.js';
import { EnrollmentCheckRequestDto, RefreshRequestDto, UsageReportRequestDto } from './proxy.dto.js';

interface HotRoute<B extends object> {
  method: 'refresh' | 'report' | 'enrollmentCheck';
  body: Type<B>;
  call: (controller: ProxyController, installation: InstallationContext, body: B) => unknown;
}

const hot = <B extends object>(route: HotRoute<B>) => route as unknown as HotRoute<object>;

/**
 * The proxy's frequent calls: refresh (daily), usage report (weekly) and enrollment check (each
 * enrollment), per installation. The controller declares them (routes, documentation) and its
 * methods answer them; only the HTTP layer around them differs from Nest's: Fastify validates the
 * body with a schema compiled once from the DTO's rules (the ValidationPipe answers whatever that
 * schema refuses, so refusals are unchanged), the credential check is a preHandler running the
 * guard's own code, answers are serialised from the documented response schema, and errors go
 * through the app's error handler, i.e. the same exception filter as every other route.
 */
const HOT_ROUTES = [
  hot({ method: 'refresh', body: RefreshRequestDto, call: (c, i, b) => c.refresh(i, b) }),
  hot({ method: 'report', body: UsageReportRequestDto, call: (c, i, b) => c.report(i, b) }),
  hot({ method: 'enrollmentCheck', body: EnrollmentCheckRequestDto, call: (c, i, b) => c.enrollmentCheck(i, b) }),
];

const INSTALLATION = 'proxyInstallation';
interface HotRequest extends FastifyRequest {
  [INSTALLATION]: InstallationContext | null;
}

interface Prepared {
  status: number;
  allowDeactivated: boolean;
  body: FastBody<object>;
  response: Record<string, unknown>;
  call: HotRoute<object>['call'];
}

/** Installs the hot path on the app's Fastify instance; call before the routes are registered (ServiceDefinition.beforeRoutes). */
export function installProxyHotPath(app: NestFastifyApplication, document: OpenAPIObject): void {
  const controller = app.get(ProxyController);
  const guard = app.get(ProxyAuthGuard);
  const prefix = String(Reflect.getMetadata(PATH_METADATA, ProxyController));
  const routes = new Map<string, Prepared>();
  for (const route of HOT_ROUTES) {
    const handler = ProxyController.prototype[route.method] as (...args: unknown[]) => unknown;
    // The hot path runs the guard and nothing else Nest would: refuse to start if the route asks for more.
    const guards = (Reflect.getMetadata(GUARDS_METADATA, handler) ?? []) as unknown[];
    const extras = [PIPES_METADATA, INTERCEPTORS_METADATA].flatMap((key) => [
      ...((Reflect.getMetadata(key, handler) ?? []) as unknown[]),
      ...((Reflect.getMetadata(key, ProxyController) ?? []) as unknown[]),
    ]);
    if (guards.length !== 1 || guards[0] !== ProxyAuthGuard || extras.length > 0 || Reflect.getMetadata(GUARDS_METADATA, ProxyController)) {
      throw new Error(`proxy hot path: ProxyController.${route.method} must use exactly ProxyAuth, without pipes or interceptors`);
    }
    const url = `/${prefix}/${String(Reflect.getMetadata(PATH_METADATA, handler))}`;
    const status = (Reflect.getMetadata(HTTP_CODE_METADATA, handler) as number | undefined) ?? HttpStatus.CREATED;
    routes.set(`POST ${url}`, {
      status,
      allowDeactivated: Reflect.getMetadata(ALLOW_DEACTIVATED, handler) === true,
      body: fastBody(route.body),
      response: responseSchemaOf(document, 'post', url, status),
      call: route.call,
    });
  }
  const fastify = app.getHttpAdapter().getInstance();
  // Declared once, so that every request object keeps one shape (V8 keeps property access on it fast).
  fastify.decorateRequest(INSTALLATION, null);
  fastify.addHook('onRoute', (options: RouteOptions) => {
    const route = typeof options.method === 'string' ? routes.get(`${options.method} ${options.url}`) : undefined;
    if (!route) return;
    routes.delete(`${options.method} ${options.url}`);
    options.schema = { ...options.schema, body: route.body.schema, response: { [route.status]: route.response } };
    options.attachValidation = true;
    // Callback style and no promise where none is needed: these run on every call of the proxy fleet.
    options.preHandler = (request: FastifyRequest, _reply: FastifyReply, done: (err?: Error) => void) => {
      guard.authenticate(request.headers.authorization, route.allowDeactivated).then((installation) => {
        (request as HotRequest)[INSTALLATION] = installation;
        done();
      }, done);
    };
    options.handler = (request: FastifyRequest, reply: FastifyReply) => {
      const installation = (request as HotRequest)[INSTALLATION] as InstallationContext;
      // Returns nothing: a returned reply would be awaited as a thenable.
      const send = (answer: unknown): void => {
        reply.code(route.status).send(answer);
      };
      const body = route.body.accept(request.body, request.validationError === undefined);
      if (body === undefined) return route.body.parse(request.body, request.validationError === undefined).then((parsed) => route.call(controller, installation, parsed)).then(send);
      const answer = route.call(controller, installation, body);
      // enrollmentCheck answers at once; refresh and report after their statements.
      if (answer instanceof Promise) return answer.then(send);
      send(answer);
      return undefined;
    };
  });
  fastify.addHook('onReady', async () => {
    if (routes.size > 0) throw new Error(`proxy hot path: routes not registered: ${[...routes.keys()].join(', ')}`);
  });
}
