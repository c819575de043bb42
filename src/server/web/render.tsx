/**
 * Rendering a page: the layout around the content, as a complete HTML document, and
 * the reading of paging parameters.
 *
 * @module
 */
import type { Context } from 'hono';
import type { Child } from 'hono/jsx';
import type { ServerDeps } from '../deps.ts';
import { type FeedLink, Layout } from './layout.tsx';

/** Render a page in the layout. */
export async function page(
  c: Context,
  deps: ServerDeps,
  props: { title: string; query?: string; feeds?: FeedLink[]; bareHeader?: boolean; status?: number },
  content: Child,
): Promise<Response> {
  const examples = await deps.holdsExamples();
  const html = (
    <Layout
      title={props.title}
      query={props.query ?? ''}
      feeds={props.feeds ?? []}
      bareHeader={props.bareHeader ?? false}
      examples={examples}
    >
      {content}
    </Layout>
  );
  return c.html(`<!DOCTYPE html>${await html.toString()}`, (props.status ?? 200) as 200);
}

/** A whole number from a query parameter, or the fallback when it is absent or no number. */
export function offsetParam(value: string | undefined, max: number): number {
  const n = value === undefined ? 0 : Number(value);
  if (!Number.isInteger(n) || n < 0) return 0;
  return Math.min(n, max);
}
