import type { ComponentType } from 'react';

// Components take whatever props the author wrote; each validates its own.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- props differ per component; checked by each
export type ComponentMap = Record<string, ComponentType<any>>;
