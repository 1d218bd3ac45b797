// Alibaba's official packages (dev dependencies, CommonJS), loaded the way src/server/official-sdk-vectors.test.ts
// loads them. Only the benchmark and tests import this file.
import { createRequire } from 'node:module';
import type * as OpenApiClientModule from '@alicloud/openapi-client';
import type * as OpenApiUtilModule from '@alicloud/openapi-util';
import type * as TeaUtilModule from '@alicloud/tea-util';

const require = createRequire(import.meta.url);
export const OpenApi = require('@alicloud/openapi-client') as typeof OpenApiClientModule;
export const OpenApiUtil = (require('@alicloud/openapi-util') as typeof OpenApiUtilModule).default;
export const TeaUtil = require('@alicloud/tea-util') as typeof TeaUtilModule;
