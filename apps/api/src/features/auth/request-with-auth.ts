import type { FastifyRequest } from 'fastify';
import type { AuthContext } from './auth-context';

export type RequestWithAuth = FastifyRequest & { auth?: AuthContext };
