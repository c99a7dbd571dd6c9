// Which subscribers can see another result of a live event than the rest of their group. The schema
// marks the fields whose value depends on who asks (`@viewerDependent`); for a document, this finds
// every marked field it selects and the path to it from the event; for an event, it follows each path
// through the event's own data (events are data: a carried property is what its field resolves to)
// and asks the field's rule which viewers differ there. Pure: no storage, no I/O.
import {
  getNamedType,
  isAbstractType,
  isObjectType,
  isInterfaceType,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

export const VIEWER_DEPENDENT = 'viewerDependent';

/**
 * For one marked field (`Type.field`): given the object the field is on, the ids of the viewers whose
 * value may differ from everyone else's (nobody else's value may), or undefined when the object does
 * not carry what it takes to know, in which case every viewer executes on their own.
 */
export type DifferingViewers = (parent: never) => Iterable<string | null> | undefined;
export type ViewerRules = Readonly<Record<string, DifferingViewers>>;

/** Every viewer differs: the event is executed per viewer. */
export const EVERYONE = 'everyone';
export type Differing = ReadonlySet<string> | typeof EVERYONE;

interface Occurrence {
  /** The event types (object type names) the occurrence applies to; null for all. */
  eventTypes: ReadonlySet<string> | null;
  /** Field names from the event to the object that holds the marked field. */
  path: readonly string[];
  /** Null when the field has no rule (or sits on an abstract type): everyone differs. */
  rule: DifferingViewers | null;
}

export interface ViewerDependence {
  /** False when the document selects no marked field: nobody ever differs. */
  marked: boolean;
  differing(event: object): Differing;
}

export function isMarked(field: GraphQLField<unknown, unknown>): boolean {
  return field.astNode?.directives?.some((directive) => directive.name.value === VIEWER_DEPENDENT) ?? false;
}

function markedOn(schema: GraphQLSchema, type: GraphQLNamedType, name: string): boolean {
  if (isAbstractType(type)) return schema.getPossibleTypes(type).some((possible) => markedOn(schema, possible, name));
  if (!isObjectType(type) && !isInterfaceType(type)) return false;
  const field = type.getFields()[name];
  return field !== undefined && isMarked(field);
}

function objectTypeNames(schema: GraphQLSchema, type: GraphQLNamedType): Set<string> {
  return new Set(isAbstractType(type) ? schema.getPossibleTypes(type).map((possible) => possible.name) : [type.name]);
}

/** The marked fields a subscription document selects below its root field, with their paths. */
function occurrencesIn(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, rules: ViewerRules): Occurrence[] {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  const found: Occurrence[] = [];

  const walk = (selections: SelectionSetNode, parent: GraphQLNamedType, path: readonly string[], eventTypes: ReadonlySet<string> | null) => {
    for (const selection of selections.selections) {
      if (selection.kind === Kind.FIELD) {
        if (!isObjectType(parent) && !isInterfaceType(parent)) continue;
        const name = selection.name.value;
        const field = parent.getFields()[name];
        if (!field) continue; // __typename
        if (markedOn(schema, parent, name)) found.push({ eventTypes, path, rule: isObjectType(parent) ? (rules[`${parent.name}.${name}`] ?? null) : null });
        if (selection.selectionSet) walk(selection.selectionSet, getNamedType(field.type), [...path, name], eventTypes);
        continue;
      }
      const fragment = selection.kind === Kind.FRAGMENT_SPREAD ? fragments.get(selection.name.value) : selection;
      if (!fragment) continue;
      const condition = fragment.typeCondition ? schema.getType(fragment.typeCondition.name.value) : undefined;
      const type = condition ?? parent;
      let types = eventTypes;
      if (path.length === 0 && condition) {
        const names = objectTypeNames(schema, condition);
        types = eventTypes ? new Set([...eventTypes].filter((name) => names.has(name))) : names;
      }
      walk(fragment.selectionSet, type, path, types);
    }
  };

  const root = operation.selectionSet.selections[0];
  const rootType = operation.operation === 'subscription' ? schema.getSubscriptionType() : null;
  const rootField = root?.kind === Kind.FIELD ? rootType?.getFields()[root.name.value] : undefined;
  if (root?.kind === Kind.FIELD && root.selectionSet && rootField) walk(root.selectionSet, getNamedType(rootField.type), [], null);
  return found;
}

/** The objects at `path` below the event, or undefined when the event does not carry one of them. */
function objectsAt(event: object, path: readonly string[]): unknown[] | undefined {
  let objects: unknown[] = [event];
  for (const name of path) {
    const next: unknown[] = [];
    for (const object of objects) {
      const value = (object as Record<string, unknown>)[name];
      if (value === undefined) return undefined;
      if (value === null) continue;
      if (Array.isArray(value)) next.push(...value);
      else next.push(value);
    }
    objects = next;
  }
  return objects;
}

const NOBODY: ReadonlySet<string> = new Set();

export function viewerDependence(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, rules: ViewerRules): ViewerDependence {
  const occurrences = occurrencesIn(schema, document, operation, rules);
  return {
    marked: occurrences.length > 0,
    /** Once per live event per document (the caller caches it), not per subscriber. */
    differing(event) {
      const type = (event as { type?: string }).type;
      let ids: Set<string> | null = null;
      for (const { eventTypes, path, rule } of occurrences) {
        if (eventTypes && (type === undefined || !eventTypes.has(type))) continue;
        if (!rule) return EVERYONE;
        const objects = objectsAt(event, path);
        if (!objects) return EVERYONE;
        for (const object of objects) {
          const differing = rule(object as never);
          if (!differing) return EVERYONE;
          for (const id of differing) if (id) (ids ??= new Set()).add(id);
        }
      }
      return ids ?? NOBODY;
    },
  };
}
