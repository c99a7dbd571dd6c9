// The bus for the viewer's one userEvents subscription.
import { createEventBus, type EventBus } from './eventBus';
import type { UserEvent } from './userEventStream';

export type UserEventListener = (event: UserEvent) => void;
export type UserEventBus = EventBus<UserEvent>;
export const createUserEventBus = (): UserEventBus => createEventBus<UserEvent>();
