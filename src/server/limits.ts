import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { Kind, type ASTVisitor, type SelectionSetNode, type ValidationContext, type ValidationRule } from 'graphql';
import type { Config } from '../config';
import { costLimitPlugin } from './cost';
import { LimitError, type LimitName } from './limit-error';

/**
 * Fields an operation selects once its fragments are expanded. Each fragment is counted
 * once and remembered, so a document whose fragments spread each other twice over 23
 * levels (2^23 fields) is measured in 23 steps, not 2^23.
 */
export function selectionsRule(max: number): ValidationRule {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, number>();
    const fieldsIn = (set: SelectionSetNode | undefined): number => {
      let n = 0;
      for (const selection of set?.selections ?? []) {
        if (selection.kind === Kind.FIELD) n += 1 + fieldsIn(selection.selectionSet);
        else if (selection.kind === Kind.INLINE_FRAGMENT) n += fieldsIn(selection.selectionSet);
        else n += fieldsInFragment(selection.name.value);
      }
      return n;
    };
    const fieldsInFragment = (name: string): number => {
      const known = fragments.get(name);
      if (known !== undefined) return known;
      fragments.set(name, 0); // a cycle counts nothing more; NoFragmentCycles reports it
      const n = fieldsIn(context.getFragment(name)?.selectionSet);
      fragments.set(name, n);
      return n;
    };
    return {
      OperationDefinition(operation) {
        const found = fieldsIn(operation.selectionSet);
        if (found > max) context.reportError(new LimitError('selections', max, found));
      },
    };
  };
}

/** Armor's handlers get its own "Syntax Error: … found N." error; ours says which limit and how to fix it. */
function refuse(limit: LimitName, max: number) {
  return (context: ValidationContext | null, error: Error) => {
    const found = /found (\d+)/.exec(error.message);
    context?.reportError(new LimitError(limit, max, found ? Number(found[1]) : undefined));
  };
}

/**
 * Everything that bounds one request's cost before any Cypher runs, as ApolloServer
 * options. In order of when they act:
 * - tokens: graphql-js stops parsing past `limits.tokens` (so nothing later sees a huge document);
 * - depth, aliases, directives (graphql-armor) and selections: validation rules, each linear
 *   in the document because fragments are measured once;
 * - cost: graphql-query-complexity with list sizes and variables, after validation passed.
 * Introspection (`__schema`) counts for neither depth nor cost, so GraphiQL works.
 */
export function requestLimits(config: Pick<Config, 'limits' | 'fieldSuggestions'>): {
  parseOptions: { maxTokens: number };
  validationRules: ValidationRule[];
  plugins: ApolloServerPlugin[];
} {
  const { limits } = config;
  const quiet = { propagateOnRejection: false, exposeLimits: true };
  const armor = new ApolloArmor({
    maxTokens: { enabled: false }, // parseOptions below: Armor's would parse every document twice
    costLimit: { enabled: false }, // not schema-aware; graphql-query-complexity is
    // Armor replaces `Did you mean "…"` and leaves the question mark: the mask reads as a question.
    blockFieldSuggestion: { enabled: !config.fieldSuggestions, mask: 'Did you mean another field (see the schema)' },
    maxDepth: { ...quiet, n: limits.depth, flattenFragments: true, ignoreIntrospection: true, onReject: [refuse('depth', limits.depth)] },
    maxAliases: { ...quiet, n: limits.aliases, onReject: [refuse('aliases', limits.aliases)] },
    maxDirectives: { ...quiet, n: limits.directives, onReject: [refuse('directives', limits.directives)] },
  }).protect();
  return {
    parseOptions: { maxTokens: limits.tokens },
    validationRules: [...armor.validationRules, selectionsRule(limits.selections)],
    plugins: [...armor.plugins, costLimitPlugin(limits.cost, limits.listCap)],
  };
}
