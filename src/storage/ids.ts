import { v7 } from 'uuid';

/** Time-ordered ids (UUIDv7): rows sort in the order they were made. */
export const newId = (): string => v7();
