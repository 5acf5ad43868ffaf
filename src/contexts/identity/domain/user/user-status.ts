export const USER_STATUSES = ['active', 'suspended', 'banned'] as const;

export type UserStatus = (typeof USER_STATUSES)[number];
