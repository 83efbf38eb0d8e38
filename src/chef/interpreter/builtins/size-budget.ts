/**
 * Size budget for values (issue 8): past it a value becomes Unknown with
 * DEC0311, before V8 throws "Invalid string length" or the heap runs out.
 * Real cookbooks stay far below; doubling in a loop reaches it in ~20 steps.
 */
export const MAX_STRING_LENGTH = 16 * 1024 * 1024;
export const MAX_COLLECTION_SIZE = 1_000_000;
