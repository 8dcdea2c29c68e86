import { resolve } from 'node:path';
import { register } from 'tsconfig-paths';
import { compilerOptions } from '../../tsconfig.base.json';

register({ baseUrl: resolve(__dirname, '../..'), paths: compilerOptions.paths });
