#!/usr/bin/env node
// Copies the web app's static files (src/server/web/assets) into dist/ beside the
// compiled modules, where src/server/web/assets.ts finds them. Run by `npm run build`.
import { cpSync } from 'node:fs';

cpSync('src/server/web/assets', 'dist/server/web/assets', { recursive: true });
