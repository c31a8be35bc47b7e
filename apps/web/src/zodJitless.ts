import * as z from 'zod/mini';

// The app runs under a Content-Security-Policy without 'unsafe-eval': keep zod from probing
// Function(). Imported first by main.tsx, before any module builds a schema.
z.config({ jitless: true });
