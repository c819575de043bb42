/**
 * The query parser: `parseQuery(query)` → `QueryNode` (or null for an empty query).
 *
 * Grammar (implicit AND binds tighter than OR; `-x` and `NOT x` negate):
 * ```
 * query   := or
 * or      := and ("OR" and)*
 * and     := unary (["AND"] unary)*
 * unary   := "-" primary | "NOT" unary | primary
 * primary := "(" or ")" | word | word* | "phrase" | field:value | field:"value"
 * ```
 * Every syntax error is a `SearchQueryError` that says what is wrong and where.
 *
 * @module
 */
import { SearchQueryError } from '../errors.ts';
import type { QueryNode } from '../types.ts';
import { lex, type QueryToken } from './lexer.ts';
import { checkQueryTerms } from './limits.ts';

class Parser {
  private i = 0;
  constructor(private readonly tokens: QueryToken[]) {}

  private peek(): QueryToken {
    return this.tokens[this.i]!;
  }

  private next(): QueryToken {
    return this.tokens[this.i++]!;
  }

  parse(): QueryNode | null {
    if (this.peek().kind === 'eof') return null;
    const node = this.or();
    const t = this.peek();
    if (t.kind === 'rparen') throw new SearchQueryError('unbalanced ")": no "(" opens it', t.start);
    return node;
  }

  private or(): QueryNode {
    const first = this.peek();
    if (first.kind === 'or') throw new SearchQueryError('OR needs a term before it', first.start);
    const children = [this.and()];
    while (this.peek().kind === 'or') {
      const or = this.next();
      const t = this.peek();
      if (t.kind === 'eof' || t.kind === 'rparen' || t.kind === 'or') {
        throw new SearchQueryError('OR needs a term after it', or.start);
      }
      children.push(this.and());
    }
    return children.length === 1 ? children[0]! : { kind: 'or', children };
  }

  private and(): QueryNode {
    const children: QueryNode[] = [];
    for (;;) {
      const t = this.peek();
      if (t.kind === 'eof' || t.kind === 'rparen' || t.kind === 'or') break;
      if (t.kind === 'and') {
        this.next();
        const after = this.peek();
        if (children.length === 0 || after.kind === 'eof' || after.kind === 'rparen' || after.kind === 'or') {
          throw new SearchQueryError('AND needs a term on both sides', t.start);
        }
        continue;
      }
      children.push(this.unary());
    }
    if (children.length === 0) {
      const t = this.peek();
      throw new SearchQueryError(t.kind === 'rparen' ? 'empty parentheses' : 'expected a term', t.start);
    }
    return children.length === 1 ? children[0]! : { kind: 'and', children };
  }

  private unary(): QueryNode {
    const t = this.peek();
    if (t.kind === 'minus' || t.kind === 'not') {
      this.next();
      const after = this.peek();
      if (after.kind === 'eof' || after.kind === 'rparen' || after.kind === 'or' || after.kind === 'and') {
        throw new SearchQueryError(`${t.kind === 'not' ? 'NOT' : '"-"'} needs a term after it`, t.start);
      }
      return { kind: 'not', child: t.kind === 'minus' ? this.primary() : this.unary() };
    }
    return this.primary();
  }

  private primary(): QueryNode {
    const t = this.next();
    switch (t.kind) {
      case 'lparen': {
        if (this.peek().kind === 'rparen') throw new SearchQueryError('empty parentheses', t.start);
        const inner = this.or();
        const close = this.peek();
        if (close.kind !== 'rparen') throw new SearchQueryError('unbalanced "(": add the closing ")"', t.start);
        this.next();
        return inner;
      }
      case 'word':
        return { kind: 'word', text: t.text, prefix: t.prefix, start: t.start, end: t.end };
      case 'phrase':
        return { kind: 'phrase', text: t.text, start: t.start, end: t.end };
      case 'field':
        return { kind: 'field', field: t.field, value: t.value, start: t.start, end: t.end };
      case 'minus':
      case 'not':
        throw new SearchQueryError('a negation cannot be negated again here', t.start);
      default:
        throw new SearchQueryError('expected a term', t.start);
    }
  }
}

/**
 * Parse a query in Griffie's query language; null for an empty (blank) query.
 *
 * @example
 * parseQuery('imam OR "sociale zekerheid" -brief type:motie from:2015');
 * @throws SearchQueryError on a syntax error, with the offset where it went wrong, and for
 *   a query over the limits of `limits.ts` (too many terms or prefixes).
 */
export function parseQuery(query: string): QueryNode | null {
  const node = new Parser(lex(query)).parse();
  checkQueryTerms(node);
  return node;
}
